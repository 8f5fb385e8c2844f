import { REVIEW_QUIZ_ID } from '../../shared/reserved-quiz-ids';
import { type Attempt, type ProgressDocument, progressSchemas, type SavedQuiz } from './document';

/** The JSON a quiz machine persists (`getPersistedSnapshot`). */
export type PersistedQuizSnapshot = SavedQuiz['snapshot'];

/**
 * The quiz an attempt was played as, which its unfinished snapshot was saved under: its quiz,
 * or the review quiz for a "Review now" session; null for a version 1 best score.
 */
export function playedQuizId(attempt: Attempt): string | null {
  switch (attempt.kind) {
    case 'quiz':
      return attempt.quizId;
    case 'review':
      return REVIEW_QUIZ_ID;
    case 'legacy':
      return null;
  }
}

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
export function quizSnapshot(document: ProgressDocument, quizId: string): SavedQuiz | undefined {
  return document.snapshots[quizId];
}

/** Forgets an unfinished quiz's snapshot (the learner restarted it, or it no longer loads). */
export function discardQuizSnapshot(document: ProgressDocument, quizId: string): ProgressDocument {
  if (document.snapshots[quizId] === undefined) return document;
  const { [quizId]: _discarded, ...snapshots } = document.snapshots;
  return { ...document, snapshots };
}
