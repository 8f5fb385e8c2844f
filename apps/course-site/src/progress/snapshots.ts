import type { ProgressDocument, QuizSnapshot } from './document';

/** The JSON a quiz machine persists (`getPersistedSnapshot`). */
export type PersistedQuizSnapshot = QuizSnapshot['snapshot'];

/** Saves an unfinished quiz's snapshot, replacing the one saved before. */
export function saveQuizSnapshot(
  document: ProgressDocument,
  quizId: string,
  snapshot: PersistedQuizSnapshot,
  savedAt: Date,
): ProgressDocument {
  return {
    ...document,
    snapshots: { ...document.snapshots, [quizId]: { savedAt: savedAt.toISOString(), snapshot } },
  };
}

/** The saved snapshot of an unfinished quiz, if any. */
export function quizSnapshot(document: ProgressDocument, quizId: string): QuizSnapshot | undefined {
  return document.snapshots[quizId];
}

/** Forgets an unfinished quiz's snapshot (the learner restarted it, or it no longer loads). */
export function discardQuizSnapshot(document: ProgressDocument, quizId: string): ProgressDocument {
  if (document.snapshots[quizId] === undefined) return document;
  const { [quizId]: _discarded, ...snapshots } = document.snapshots;
  return { ...document, snapshots };
}
