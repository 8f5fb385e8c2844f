import { isRecord, MISFIT } from '../answer-shape';
import {
  type InvalidScore,
  invalid,
  type PartMark,
  points,
  type ScoreResult,
} from '../score-result';
import type { SingleChoiceAnswer, SingleChoiceQuestion } from './single-choice-question';

/** Whether a value has the shape of a single-choice answer. */
export const isSingleChoiceAnswer = (value: unknown): value is SingleChoiceAnswer =>
  isRecord(value) && typeof value.optionId === 'string';

/** Why the answer cannot be graded yet, or `undefined` when it can. */
export function validateSingleChoice(
  question: SingleChoiceQuestion,
  answer: SingleChoiceAnswer | undefined,
): InvalidScore | undefined {
  if (answer === undefined) return invalid('Choose an option.');
  if (!question.options.some((option) => option.id === answer.optionId)) return invalid(MISFIT);
  return undefined;
}

/** One point for the correct option, none otherwise. */
export function scoreSingleChoice(
  question: SingleChoiceQuestion,
  answer: SingleChoiceAnswer | undefined,
): ScoreResult {
  const problem = validateSingleChoice(question, answer);
  if (problem || answer === undefined) return problem ?? invalid(MISFIT);
  const parts = question.options.flatMap((option): PartMark[] => {
    if (option.id === answer.optionId)
      return [{ id: option.id, status: option.correct ? 'correct' : 'incorrect' }];
    return option.correct ? [{ id: option.id, status: 'missed' }] : [];
  });
  const chosenIsCorrect = question.options.some((o) => o.id === answer.optionId && o.correct);
  return points(chosenIsCorrect ? 1 : 0, 1, parts);
}
