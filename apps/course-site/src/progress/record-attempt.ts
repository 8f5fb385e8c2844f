import { compareAttempts } from './answers';
import { attemptBaseId, attemptIdOf, keepAttempt } from './attempt-record';
import type { Attempt, ProgressDocument } from './document';
import { scheduleAttempt } from './schedule';
import { playedQuizId } from './snapshots';
import { compareTimestamps } from './timestamps';

/**
 * Adds a finished attempt to the history and feeds it to the scheduler, then drops the saved
 * snapshot of the quiz it was played as (`playedQuizId`) unless that snapshot is newer than the
 * attempt and of another attempt.
 *
 * Recording the very same attempt twice (a retry, a re-render) adds nothing. A different result
 * under an id already taken (two tabs resumed the same unfinished attempt, each finished it) is
 * kept beside the first, under the id with `~2`, `~3`…: no finished attempt is ever dropped.
 *
 * An attempt at or before the summary's `through` (or summarized under its id) is ignored: it
 * is summarized already, and recording it again would count it twice.
 */
export function recordAttempt(document: ProgressDocument, attempt: Attempt): ProgressDocument {
  if (isSummarized(document, attempt)) return document;
  const kept = keepAttempt(document.attempts, attempt);
  const withAttempt =
    kept === null
      ? document
      : scheduleAttempt(
          { ...document, attempts: [...document.attempts, kept].sort(compareAttempts) },
          kept,
        );
  return dropFinishedSnapshot(withAttempt, attempt);
}

/** Whether the document's summary holds the attempt, or attempts as late as it, already. */
function isSummarized(document: ProgressDocument, attempt: Attempt): boolean {
  const { through, attemptIds } = document.summary;
  if (through === null) return false;
  return (
    compareTimestamps(attempt.finishedAt, through.finishedAt) <= 0 ||
    attemptIds.includes(attempt.attemptId)
  );
}

/**
 * Drops the snapshot saved for the quiz an attempt finished: always when the snapshot is of that
 * very attempt (another tab resumed it: it can only replay a finished result), otherwise when it
 * was saved no later than the attempt finished.
 */
function dropFinishedSnapshot(document: ProgressDocument, attempt: Attempt): ProgressDocument {
  const quizId = playedQuizId(attempt);
  if (quizId === null) return document;
  const saved = document.snapshots[quizId];
  if (saved === undefined) return document;
  const sameAttempt = snapshotAttemptId(saved.snapshot) === attemptBaseId(attempt.attemptId);
  if (!sameAttempt && compareTimestamps(saved.savedAt, attempt.finishedAt) > 0) return document;
  const { [quizId]: _finished, ...snapshots } = document.snapshots;
  return { ...document, snapshots };
}

/** The attempt id a saved quiz snapshot will finish as (`attemptIdOf` its context), if readable. */
function snapshotAttemptId(snapshot: unknown): string | null {
  if (typeof snapshot !== 'object' || snapshot === null || !('context' in snapshot)) return null;
  const { context } = snapshot;
  if (typeof context !== 'object' || context === null) return null;
  const { quizId, seed, attempt } = context as Record<string, unknown>;
  if (typeof quizId !== 'string' || typeof seed !== 'number' || typeof attempt !== 'number')
    return null;
  return attemptIdOf({ quizId, seed, attempt });
}
