import type { QuestionTypeModule } from '../question-type';
import { isTrueFalseAnswer, scoreTrueFalse, validateTrueFalse } from './score-true-false';
import type { TrueFalseAnswer, TrueFalseQuestion } from './true-false-question';

/** True or false: two fixed choices, named `true` and `false` in the part marks. */
export const trueFalse: QuestionTypeModule<TrueFalseQuestion, TrueFalseAnswer> = {
  isAnswer: isTrueFalseAnswer,
  validate: validateTrueFalse,
  score: scoreTrueFalse,
  choiceOrder: () => [],
  feedbackNotes: () => [],
};
