import { compareAttempts } from './answers';
import type { Attempt, ProgressDocument } from './document';
import { scheduleAttempt } from './schedule';
import { playedQuizId } from './snapshots';
import { compareTimestamps } from './timestamps';

/**
 * Adds a finished attempt to the history and feeds it to the scheduler. An attempt id already
 * present changes nothing, so recording twice (a retry, another tab) is harmless. It also drops
 * the saved snapshot of the quiz it was played as (`playedQuizId`) if the snapshot is not newer
 * than the attempt.
 */
export function recordAttempt(document: ProgressDocument, attempt: Attempt): ProgressDocument {
  if (document.attempts.some((existing) => existing.attemptId === attempt.attemptId))
    return document;
  const attempts = [...document.attempts, attempt].sort(compareAttempts);
  const scheduled = scheduleAttempt({ ...document, attempts }, attempt);
  const quizId = playedQuizId(attempt);
  if (quizId === null) return scheduled;
  const snapshot = scheduled.snapshots[quizId];
  if (snapshot === undefined || compareTimestamps(snapshot.savedAt, attempt.finishedAt) > 0) {
    return scheduled;
  }
  const { [quizId]: _finished, ...snapshots } = scheduled.snapshots;
  return { ...scheduled, snapshots };
}
