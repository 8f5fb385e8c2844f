import { chosenOptionNotes, optionOrder } from '../choice-option';
import type { QuestionTypeModule } from '../question-type';
import {
  isSingleChoiceAnswer,
  scoreSingleChoice,
  validateSingleChoice,
} from './score-single-choice';
import type { SingleChoiceAnswer, SingleChoiceQuestion } from './single-choice-question';

/** Single choice: a radio group; one point for the correct option. */
export const singleChoice: QuestionTypeModule<SingleChoiceQuestion, SingleChoiceAnswer> = {
  isAnswer: isSingleChoiceAnswer,
  validate: validateSingleChoice,
  score: scoreSingleChoice,
  choiceOrder: (question, { shuffleOptions, random }) =>
    optionOrder(question.options, question.shuffleOptions ?? shuffleOptions, random),
  feedbackNotes: (question, answer) =>
    chosenOptionNotes(question.options, answer ? [answer.optionId] : []),
};
