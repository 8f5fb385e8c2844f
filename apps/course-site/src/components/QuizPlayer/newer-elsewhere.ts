import type {
  ProgressDocument,
  QuizAttempt,
  ReviewAttempt,
  SavedQuiz,
} from '../../progress/document';
import { saveQuizSnapshot } from '../../progress/snapshots';
import { compareTimestamps } from '../../progress/timestamps';

/** How this quiz moved on in another tab, if it did. */
export type NewerElsewhere = 'saved' | 'finished';

/** What a tab knows of its own quiz, to tell another tab's changes from its own. */
export interface OwnState {
  /** When this tab last saved or finished the quiz; else when it loaded the quiz's state. */
  readonly knownAt: string;
  /** The attempts this tab finished. */
  readonly ownAttempts: ReadonlySet<string>;
}

/**
 * Whether the progress now holds a newer state of the quiz than this tab's: a snapshot saved
 * after this tab last saved it (another tab answered on), or an attempt this tab did not finish
 * finished after that (another tab finished it). This tab's own saves never count.
 */
export function newerElsewhere(
  stored: SavedQuiz | undefined,
  lastAttempt: QuizAttempt | ReviewAttempt | undefined,
  own: OwnState,
): NewerElsewhere | undefined {
  if (
    lastAttempt !== undefined &&
    !own.ownAttempts.has(lastAttempt.attemptId) &&
    compareTimestamps(lastAttempt.finishedAt, own.knownAt) > 0
  )
    return 'finished';
  if (savedElsewhere(stored, own.knownAt)) return 'saved';
  return undefined;
}

/** Whether the stored snapshot was saved after `knownAt`, when this tab last saved or loaded it. */
function savedElsewhere(stored: SavedQuiz | undefined, knownAt: string): boolean {
  return stored !== undefined && compareTimestamps(stored.savedAt, knownAt) > 0;
}

/**
 * Saves this tab's snapshot of a quiz, unless the one stored was saved by another tab after this
 * tab last saved or loaded it (`knownAt`): that save is held, and the very same document is
 * returned, so that an older tab answering on never overwrites a newer state silently. The
 * learner then continues from the newer state or keeps this tab's answers
 * (`keepThisTabsSnapshot`).
 */
export function saveUnlessNewerElsewhere(
  document: ProgressDocument,
  quizId: string,
  snapshot: unknown,
  savedAt: Date,
  knownAt: string,
): ProgressDocument {
  if (savedElsewhere(document.snapshots[quizId], knownAt)) return document;
  return saveQuizSnapshot(document, quizId, snapshot, savedAt);
}

/**
 * After this tab finished an attempt (`finished`, from `document`): keeps a snapshot another tab
 * saved after this tab last knew the quiz, which finishing would otherwise drop. That tab's
 * answers stay to be resumed; finishing it later records its own attempt beside this one.
 */
export function keepNewerSnapshot(
  document: ProgressDocument,
  finished: ProgressDocument,
  quizId: string,
  knownAt: string,
): ProgressDocument {
  const stored = document.snapshots[quizId];
  if (stored === undefined || !savedElsewhere(stored, knownAt)) return finished;
  if (finished.snapshots[quizId] === stored) return finished;
  return { ...finished, snapshots: { ...finished.snapshots, [quizId]: stored } };
}

/** What the player says when the quiz moved on elsewhere. */
export const NEWER_ELSEWHERE_WORDS: Readonly<Record<NewerElsewhere, string>> = {
  saved: 'This quiz moved on in another tab: it has answers this tab does not show.',
  finished: 'This quiz was finished in another tab; that attempt is kept in your progress.',
};
