import { compareAttempts } from './answers';
import { keepAttempt } from './attempt-record';
import { mergeSummaries } from './compaction';
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
 * - lessons opened: union; a lesson opened on both sides keeps the earlier opening.
 * - summary: `mergeSummaries`; then an attempt (and its review logs) the merged summary holds
 *   is dropped from the attempts kept in full: it is counted there already.
 */
export function mergeProgress(
  base: ProgressDocument,
  incoming: ProgressDocument,
): ProgressDocument {
  const summary = mergeSummaries(base.summary, incoming.summary);
  const summarized = new Set(summary.attemptIds);
  const held = [...base.attempts];
  for (const attempt of incoming.attempts) {
    const kept = keepAttempt(held, attempt);
    if (kept !== null) held.push(kept);
  }
  const attempts = held.filter((attempt) => !summarized.has(attempt.attemptId));
  attempts.sort(compareAttempts);

  const lessons = { ...incoming.lessons, ...base.lessons };
  for (const [lessonId, { completedAt }] of Object.entries(incoming.lessons)) {
    const mine = ownEntry(base.lessons, lessonId);
    if (mine !== undefined) {
      lessons[lessonId] = { completedAt: earlierTimestamp(mine.completedAt, completedAt) };
    }
  }

  const lessonsOpened = { ...incoming.lessonsOpened, ...base.lessonsOpened };
  for (const [lessonId, { openedAt }] of Object.entries(incoming.lessonsOpened)) {
    const mine = ownEntry(base.lessonsOpened, lessonId);
    if (mine !== undefined) {
      lessonsOpened[lessonId] = { openedAt: earlierTimestamp(mine.openedAt, openedAt) };
    }
  }

  const cards = { ...base.cards };
  for (const [keyPointId, card] of Object.entries(incoming.cards)) {
    const mine = ownEntry(cards, keyPointId);
    if (mine === undefined || reviewedLater(card, mine)) cards[keyPointId] = card;
  }

  const reviewLogs = unionBy([...base.reviewLogs, ...incoming.reviewLogs], (log) => log.logId)
    .filter((log) => !summarized.has(log.attemptId))
    .sort(
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

  return { ...base, attempts, lessons, lessonsOpened, cards, reviewLogs, snapshots, summary };
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
