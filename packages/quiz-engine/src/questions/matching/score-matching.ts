import { isRecord, isStringRecord, MISFIT } from '../answer-shape';
import { type InvalidScore, invalid, points, type ScoreResult } from '../score-result';
import type { MatchingAnswer, MatchingQuestion } from './matching-question';

/** Whether a value has the shape of a matching answer. */
export const isMatchingAnswer = (value: unknown): value is MatchingAnswer =>
  isRecord(value) && isStringRecord(value.pairs);

/** Why the answer cannot be graded yet (a prompt is unmatched), or `undefined` when it can. */
export function validateMatching(
  question: MatchingQuestion,
  answer: MatchingAnswer | undefined,
): InvalidScore | undefined {
  const choices = new Set([...question.pairs, ...question.distractors].map((choice) => choice.id));
  for (const pair of question.pairs) {
    const chosen = answer?.pairs[pair.id];
    if (chosen === undefined || chosen === '') return invalid('Match every item.');
    if (!choices.has(chosen)) return invalid(MISFIT);
  }
  return undefined;
}

/** One point per left-hand prompt matched to its own right-hand choice. */
export function scoreMatching(
  question: MatchingQuestion,
  answer: MatchingAnswer | undefined,
): ScoreResult {
  const problem = validateMatching(question, answer);
  if (problem) return problem;
  const parts = question.pairs.map(
    (pair) =>
      ({
        id: pair.id,
        status: answer?.pairs[pair.id] === pair.id ? 'correct' : 'incorrect',
      }) as const,
  );
  const earned = parts.filter((part) => part.status === 'correct').length;
  return points(earned, question.pairs.length, parts);
}
