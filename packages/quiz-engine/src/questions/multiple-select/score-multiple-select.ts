import { isRecord, isStringArray, MISFIT } from '../answer-shape';
import {
  type InvalidScore,
  invalid,
  type PartMark,
  points,
  type ScoreResult,
} from '../score-result';
import type { MultipleSelectAnswer, MultipleSelectQuestion } from './multiple-select-question';

/** Whether a value has the shape of a multiple-select answer. */
export const isMultipleSelectAnswer = (value: unknown): value is MultipleSelectAnswer =>
  isRecord(value) && isStringArray(value.optionIds);

/** Why the answer cannot be graded yet, or `undefined` when it can. */
export function validateMultipleSelect(
  question: MultipleSelectQuestion,
  answer: MultipleSelectAnswer | undefined,
): InvalidScore | undefined {
  if (answer === undefined || answer.optionIds.length === 0)
    return invalid('Choose at least one option.');
  const known = new Set(question.options.map((option) => option.id));
  if (!answer.optionIds.every((id) => known.has(id))) return invalid(MISFIT);
  return undefined;
}

/**
 * Right minus wrong: each correct option chosen earns a point, each incorrect option chosen
 * takes one away, floored at zero, out of the number of correct options. Choosing every
 * option therefore earns nothing when there are as many wrong options as right ones.
 */
export function scoreMultipleSelect(
  question: MultipleSelectQuestion,
  answer: MultipleSelectAnswer | undefined,
): ScoreResult {
  const problem = validateMultipleSelect(question, answer);
  if (problem || answer === undefined) return problem ?? invalid(MISFIT);
  const chosen = new Set(answer.optionIds);
  let hits = 0;
  let falseAlarms = 0;
  const parts: PartMark[] = [];
  for (const option of question.options) {
    if (chosen.has(option.id)) {
      if (option.correct) hits++;
      else falseAlarms++;
      parts.push({ id: option.id, status: option.correct ? 'correct' : 'incorrect' });
    } else if (option.correct) {
      parts.push({ id: option.id, status: 'missed' });
    }
  }
  const total = question.options.filter((option) => option.correct).length;
  return points(Math.max(0, hits - falseAlarms), total, parts);
}
