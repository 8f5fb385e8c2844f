import { isRecord, isStringArray } from '../answer-shape';
import { type InvalidScore, invalid, points, type ScoreResult } from '../score-result';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence';
import type { OrderingAnswer, OrderingQuestion } from './ordering-question';

/** Whether a value has the shape of an ordering answer. */
export const isOrderingAnswer = (value: unknown): value is OrderingAnswer =>
  isRecord(value) && isStringArray(value.order);

/** Why the answer cannot be graded yet (not an arrangement of every item), or `undefined`. */
export function validateOrdering(
  question: OrderingQuestion,
  answer: OrderingAnswer | undefined,
): InvalidScore | undefined {
  const ids = new Set(answer?.order);
  const complete =
    answer !== undefined &&
    answer.order.length === question.items.length &&
    ids.size === question.items.length &&
    question.items.every((item) => ids.has(item.id));
  return complete ? undefined : invalid('Put every item in order.');
}

/**
 * Longest correctly ordered subsequence: the most items that are in the right order relative
 * to each other (not necessarily adjacent), minus one, out of the number of items minus one.
 * A fully reversed order earns nothing; moving one item out of place costs one point.
 */
export function scoreOrdering(
  question: OrderingQuestion,
  answer: OrderingAnswer | undefined,
): ScoreResult {
  const problem = validateOrdering(question, answer);
  if (problem || answer === undefined) return problem ?? invalid('Put every item in order.');
  const rank = new Map(question.items.map((item, index) => [item.id, index]));
  const ranks = answer.order.map((id) => rank.get(id) ?? 0);
  const inOrder = new Set(longestIncreasingSubsequence(ranks).map((index) => answer.order[index]));
  const parts = answer.order.map(
    (id) => ({ id, status: inOrder.has(id) ? 'correct' : 'incorrect' }) as const,
  );
  if (question.items.length < 2) return points(1, 1, parts);
  return points(inOrder.size - 1, question.items.length - 1, parts);
}
