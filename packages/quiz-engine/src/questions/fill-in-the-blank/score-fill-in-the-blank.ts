import { isRecord, isStringRecord } from '../answer-shape';
import { type InvalidScore, invalid, points, type ScoreResult } from '../score-result';
import type { FillInTheBlankAnswer, FillInTheBlankQuestion } from './fill-in-the-blank-question';
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

/** One point per blank whose normalised text equals a normalised accepted answer. */
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
  const earned = parts.filter((part) => part.status === 'correct').length;
  return points(earned, question.blanks.length, parts);
}
