import { type ProgressDocument, progressSchemas, type QuizSnapshot } from './document';

/** The JSON a quiz machine persists (`getPersistedSnapshot`). */
export type PersistedQuizSnapshot = QuizSnapshot['snapshot'];

/**
 * Saves an unfinished quiz's snapshot, replacing the one saved before. The snapshot is stored
 * as its JSON form: persisted machine snapshots hold `undefined` fields, which JSON drops.
 */
export function saveQuizSnapshot(
  document: ProgressDocument,
  quizId: string,
  snapshot: unknown,
  savedAt: Date,
): ProgressDocument {
  const text = JSON.stringify(snapshot);
  if (text === undefined) throw new TypeError(`The snapshot of quiz "${quizId}" is not JSON`);
  const stored: PersistedQuizSnapshot = progressSchemas().quizSnapshot.shape.snapshot.parse(
    JSON.parse(text),
  );
  return {
    ...document,
    snapshots: {
      ...document.snapshots,
      [quizId]: { savedAt: savedAt.toISOString(), snapshot: stored },
    },
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
