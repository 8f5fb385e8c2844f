import type { LegacyAttempt, ProgressDocument } from './document';
import { percent } from './percent';

/**
 * The best scores version 1 of the progress kept (one per quiz, migrated as `legacy` attempts),
 * in history order. They have no per-question results, so they never count toward mastery;
 * they are shown at the quiz's intro and on the progress page, each in `earlierBestWords`.
 */
export function earlierBestScores(progress: ProgressDocument): LegacyAttempt[] {
  return progress.attempts.filter((attempt): attempt is LegacyAttempt => attempt.kind === 'legacy');
}

/** The best score version 1 kept for one quiz, if it kept one. */
export function earlierBestOf(
  progress: ProgressDocument,
  quizId: string,
): LegacyAttempt | undefined {
  return earlierBestScores(progress).find((attempt) => attempt.quizId === quizId);
}

/** An earlier best score in words: `80%, on February 1, 2025`. */
export function earlierBestWords(attempt: LegacyAttempt): string {
  const day = new Date(attempt.finishedAt).toLocaleDateString('en', { dateStyle: 'long' });
  return `${percent(attempt.bestScore)}, on ${day}`;
}

/** What a quiz's intro says of its earlier best score. */
export function earlierBestNote(attempt: LegacyAttempt): string {
  return `Your best score here on an earlier version of the course: ${earlierBestWords(attempt)}.`;
}
