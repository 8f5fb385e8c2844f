import { compareAttempts } from './answers';
import type { Attempt, ProgressDocument } from './document';
import { scheduleAttempt } from './schedule';
import { compareTimestamps } from './timestamps';

/**
 * Adds a finished attempt to the history and feeds it to the scheduler. An attempt id already
 * present changes nothing, so recording twice (a retry, another tab) is harmless. A quiz
 * attempt also drops that quiz's saved snapshot if the snapshot is not newer than the attempt.
 */
export function recordAttempt(document: ProgressDocument, attempt: Attempt): ProgressDocument {
  if (document.attempts.some((existing) => existing.attemptId === attempt.attemptId))
    return document;
  const attempts = [...document.attempts, attempt].sort(compareAttempts);
  const scheduled = scheduleAttempt({ ...document, attempts }, attempt);
  if (attempt.kind !== 'quiz') return scheduled;
  const snapshot = scheduled.snapshots[attempt.quizId];
  if (snapshot === undefined || compareTimestamps(snapshot.savedAt, attempt.finishedAt) > 0) {
    return scheduled;
  }
  const { [attempt.quizId]: _finished, ...snapshots } = scheduled.snapshots;
  return { ...scheduled, snapshots };
}
