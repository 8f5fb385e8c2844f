import { shuffleAway } from '../../random/seeded-shuffle';
import type { QuestionTypeModule } from '../question-type';
import { wrongPartNotes } from '../score-result';
import type { MatchingAnswer, MatchingQuestion } from './matching-question';
import { isMatchingAnswer, scoreMatching, validateMatching } from './score-matching';

/** Matching: right-hand choices (pairs' matches and distractors) always shown shuffled. */
export const matching: QuestionTypeModule<MatchingQuestion, MatchingAnswer> = {
  isAnswer: isMatchingAnswer,
  validate: validateMatching,
  score: scoreMatching,
  choiceOrder: (question, { random }) =>
    shuffleAway(
      [...question.pairs, ...question.distractors].map((choice) => choice.id),
      random,
    ),
  feedbackNotes: (question, _answer, parts) => wrongPartNotes(parts, question.pairs),
};
