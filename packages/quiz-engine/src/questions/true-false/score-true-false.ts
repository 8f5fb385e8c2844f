import { isRecord } from '../answer-shape';
import { type InvalidScore, invalid, points, type ScoreResult } from '../score-result';
import type { TrueFalseAnswer, TrueFalseQuestion } from './true-false-question';

/** Whether a value has the shape of a true/false answer. */
export const isTrueFalseAnswer = (value: unknown): value is TrueFalseAnswer =>
  isRecord(value) && typeof value.value === 'boolean';

/** Why the answer cannot be graded yet, or `undefined` when it can. */
export function validateTrueFalse(
  _question: TrueFalseQuestion,
  answer: TrueFalseAnswer | undefined,
): InvalidScore | undefined {
  return answer === undefined ? invalid('Choose true or false.') : undefined;
}

/** One point when the learner's judgement matches the claim's truth. Parts are named `true` and `false`. */
export function scoreTrueFalse(
  question: TrueFalseQuestion,
  answer: TrueFalseAnswer | undefined,
): ScoreResult {
  if (answer === undefined) return invalid('Choose true or false.');
  const correct = answer.value === question.answer;
  const chosen = { id: String(answer.value), status: correct ? 'correct' : 'incorrect' } as const;
  const missed = { id: String(question.answer), status: 'missed' } as const;
  return points(correct ? 1 : 0, 1, correct ? [chosen] : [chosen, missed]);
}
