import { compareAttempts } from './answers';
import { keepAttempt } from './attempt-record';
import type { ProgressDocument, SavedQuiz, StoredCard } from './document';
import { ownEntry } from './own-entry';
import { playedQuizId } from './snapshots';
import { compareTimestamps, earlierTimestamp } from './timestamps';

/**
 * Merges two progress documents without losing either's history (README: "Merge rule").
 * - attempts: union; the same attempt on both sides is kept once, and a different result under
 *   an id `base` holds is kept under a free `~n` id (`keepAttempt`). History order.
 * - lessons: union; a lesson completed in both keeps the earlier completion.
 * - cards: per key point, the card with the later last review (a card never reviewed loses);
 *   on a tie `base`'s.
 * - review logs: union by logId, oldest first.
 * - snapshots: per quiz, the later save; then a snapshot is dropped if an attempt played as that
 *   quiz (`playedQuizId`) finished at or after it was saved (the quiz it held was finished).
 */
export function mergeProgress(
  base: ProgressDocument,
  incoming: ProgressDocument,
): ProgressDocument {
  const attempts = [...base.attempts];
  for (const attempt of incoming.attempts) {
    const kept = keepAttempt(attempts, attempt);
    if (kept !== null) attempts.push(kept);
  }
  attempts.sort(compareAttempts);

  const lessons = { ...incoming.lessons, ...base.lessons };
  for (const [lessonId, { completedAt }] of Object.entries(incoming.lessons)) {
    const mine = ownEntry(base.lessons, lessonId);
    if (mine !== undefined) {
      lessons[lessonId] = { completedAt: earlierTimestamp(mine.completedAt, completedAt) };
    }
  }

  const cards = { ...base.cards };
  for (const [keyPointId, card] of Object.entries(incoming.cards)) {
    const mine = ownEntry(cards, keyPointId);
    if (mine === undefined || reviewedLater(card, mine)) cards[keyPointId] = card;
  }

  const reviewLogs = unionBy([...base.reviewLogs, ...incoming.reviewLogs], (log) => log.logId).sort(
    (a, b) => compareTimestamps(a.reviewedAt, b.reviewedAt) || a.logId.localeCompare(b.logId),
  );

  const latestSaves: Record<string, SavedQuiz> = { ...base.snapshots };
  for (const [quizId, snapshot] of Object.entries(incoming.snapshots)) {
    const mine = ownEntry(latestSaves, quizId);
    if (mine === undefined || compareTimestamps(snapshot.savedAt, mine.savedAt) > 0) {
      latestSaves[quizId] = snapshot;
    }
  }
  const snapshots = Object.fromEntries(
    Object.entries(latestSaves).filter(
      ([quizId, snapshot]) =>
        !attempts.some(
          (attempt) =>
            playedQuizId(attempt) === quizId &&
            compareTimestamps(attempt.finishedAt, snapshot.savedAt) >= 0,
        ),
    ),
  );

  return { ...base, attempts, lessons, cards, reviewLogs, snapshots };
}

function reviewedLater(card: StoredCard, than: StoredCard): boolean {
  if (card.lastReview === null) return false;
  if (than.lastReview === null) return true;
  return compareTimestamps(card.lastReview, than.lastReview) > 0;
}

function unionBy<T>(items: readonly T[], id: (item: T) => string): T[] {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(id(item))) byId.set(id(item), item);
  return [...byId.values()];
}
