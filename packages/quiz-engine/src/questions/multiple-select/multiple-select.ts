import { chosenOptionNotes, optionOrder } from '../choice-option';
import type { QuestionTypeModule } from '../question-type';
import type { MultipleSelectAnswer, MultipleSelectQuestion } from './multiple-select-question';
import {
  isMultipleSelectAnswer,
  scoreMultipleSelect,
  validateMultipleSelect,
} from './score-multiple-select';

/** Multiple select: a checkbox group; right minus wrong, floored at zero. */
export const multipleSelect: QuestionTypeModule<MultipleSelectQuestion, MultipleSelectAnswer> = {
  isAnswer: isMultipleSelectAnswer,
  validate: validateMultipleSelect,
  score: scoreMultipleSelect,
  choiceOrder: (question, { shuffleOptions, random }) =>
    optionOrder(question.options, question.shuffleOptions ?? shuffleOptions, random),
  feedbackNotes: (question, answer) => chosenOptionNotes(question.options, answer?.optionIds ?? []),
};
