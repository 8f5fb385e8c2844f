import { discardQuizSnapshot } from './snapshots';
import type { ProgressStore } from './storage';

/** A quiz's saved snapshot, set aside: where it was backed up (null if it could not be) and its text. */
export interface SetAsideSnapshot {
  readonly backupKey: string | null;
  readonly raw: string;
}

/**
 * Sets one quiz's saved snapshot aside (a quiz that cannot be shown from it): copies it to a
 * backup, then forgets it, so the quiz starts afresh and everything else is kept. Null when
 * nothing was saved for the quiz.
 */
export function setAsideQuizSnapshot(
  store: ProgressStore,
  quizId: string,
): SetAsideSnapshot | null {
  const saved = store.getSnapshot().snapshots[quizId];
  if (saved === undefined) return null;
  const raw = JSON.stringify({ setAside: 'quiz-snapshot', quizId, ...saved });
  const backupKey = store.keepBackup(raw);
  store.update((document) => discardQuizSnapshot(document, quizId));
  return { backupKey, raw };
}
