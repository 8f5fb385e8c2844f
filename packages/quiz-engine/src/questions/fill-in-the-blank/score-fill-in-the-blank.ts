import { isRecord, isStringRecord } from '../answer-shape';
import { type InvalidScore, invalid, points, type ScoreResult } from '../score-result';
import { blankSegments } from './blank-segments';
import type { FillInTheBlankAnswer, FillInTheBlankQuestion } from './fill-in-the-blank-question';
import { isNearMiss } from './near-miss';
import { normaliseAnswerText } from './normalise-answer-text';

/** Whether a value has the shape of a fill-in-the-blank answer. */
export const isFillInTheBlankAnswer = (value: unknown): value is FillInTheBlankAnswer =>
  isRecord(value) && isStringRecord(value.blanks);

/** Why the answer cannot be graded yet (a blank is empty), or `undefined` when it can. */
export function validateFillInTheBlank(
  question: FillInTheBlankQuestion,
  answer: FillInTheBlankAnswer | undefined,
): InvalidScore | undefined {
  const filled = question.blanks.every((blank) => answer?.blanks[blank.id]?.trim());
  return filled ? undefined : invalid('Fill in every blank.');
}

/** The message for near misses in the blanks numbered `places` (1-based, in text order). */
function spellingMessage(places: readonly number[]): string {
  const where =
    places.length === 1
      ? `blank ${places[0]} is`
      : `blanks ${places.slice(0, -1).join(', ')} and ${places.at(-1)} are`;
  return `Check your spelling: ${where} close to an accepted answer but not quite it. Checking again costs no try.`;
}

/**
 * One point per blank whose normalised text equals a normalised accepted answer. A blank that
 * is not accepted but is a near miss of an accepted answer (`isNearMiss`), unless its
 * `spellingCheck` is `false`, makes the answer invalid with "check your spelling": as Perseus
 * treats such input, it is not wrong and costs no try.
 */
export function scoreFillInTheBlank(
  question: FillInTheBlankQuestion,
  answer: FillInTheBlankAnswer | undefined,
): ScoreResult {
  const problem = validateFillInTheBlank(question, answer);
  if (problem) return problem;
  const parts = question.blanks.map((blank) => {
    const given = normaliseAnswerText(answer?.blanks[blank.id] ?? '', blank.caseSensitive);
    const right = blank.accept.some(
      (accepted) => normaliseAnswerText(accepted, blank.caseSensitive) === given,
    );
    return { id: blank.id, status: right ? 'correct' : 'incorrect' } as const;
  });
  const order = blankSegments(question.text).flatMap((s) => (s.type === 'blank' ? [s.id] : []));
  const nearMisses = question.blanks.flatMap((blank, index) =>
    parts[index]?.status === 'incorrect' &&
    blank.spellingCheck !== false &&
    isNearMiss(answer?.blanks[blank.id] ?? '', blank.accept, blank.caseSensitive)
      ? [order.indexOf(blank.id) + 1]
      : [],
  );
  if (nearMisses.length > 0) return invalid(spellingMessage(nearMisses.sort((a, b) => a - b)));
  const earned = parts.filter((part) => part.status === 'correct').length;
  return points(earned, question.blanks.length, parts);
}
