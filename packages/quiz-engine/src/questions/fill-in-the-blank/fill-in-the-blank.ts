import type { QuestionTypeModule } from '../question-type';
import { wrongPartNotes } from '../score-result';
import type { FillInTheBlankAnswer, FillInTheBlankQuestion } from './fill-in-the-blank-question';
import {
  isFillInTheBlankAnswer,
  scoreFillInTheBlank,
  validateFillInTheBlank,
} from './score-fill-in-the-blank';

/** Fill in the blank: a point per blank whose normalised text is accepted. */
export const fillInTheBlank: QuestionTypeModule<FillInTheBlankQuestion, FillInTheBlankAnswer> = {
  isAnswer: isFillInTheBlankAnswer,
  validate: validateFillInTheBlank,
  score: scoreFillInTheBlank,
  choiceOrder: () => [],
  feedbackNotes: (question, _answer, parts) => wrongPartNotes(parts, question.blanks),
};
