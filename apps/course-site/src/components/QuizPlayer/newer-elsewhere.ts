import type { QuizAttempt, ReviewAttempt, SavedQuiz } from '../../progress/document';
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
  if (stored !== undefined && compareTimestamps(stored.savedAt, own.knownAt) > 0) return 'saved';
  return undefined;
}

/** What the player says when the quiz moved on elsewhere. */
export const NEWER_ELSEWHERE_WORDS: Readonly<Record<NewerElsewhere, string>> = {
  saved: 'This quiz moved on in another tab: it has answers this tab does not show.',
  finished: 'This quiz was finished in another tab; that attempt is kept in your progress.',
};
