import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import type {
  Attempt,
  CardState,
  ProgressDocument,
  ReviewLog,
  ReviewRating,
  StoredCard,
} from './document';
import { ownEntry } from './own-entry';
import { keyPointOutcomes, ratingFor } from './rating';
import { compareTimestamps } from './timestamps';

/**
 * FSRS settings. Short-term steps are off because learners come back over days: intervals are
 * whole days, so "again" brings a key point back the next day, not in a minute. No fuzz, so
 * the same history always gives the same dates.
 */
export const SCHEDULER_PARAMETERS = {
  request_retention: 0.9,
  maximum_interval: 365,
  enable_fuzz: false,
  enable_short_term: false,
} as const;

const scheduler = fsrs(SCHEDULER_PARAMETERS);

const STATE_NAMES: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const STATE_VALUES: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const GRADES: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A stored card as a ts-fsrs card. */
export function toFsrsCard(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_VALUES[card.state],
    last_review: card.lastReview === null ? undefined : new Date(card.lastReview),
  };
}

/** A ts-fsrs card as stored. */
export function toStoredCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: card.last_review === undefined ? null : card.last_review.toISOString(),
  };
}

/** A key point's card after one review with the given rating at the given time. */
export function reviewCard(
  card: StoredCard | undefined,
  rating: ReviewRating,
  reviewedAt: Date,
): { card: StoredCard; stateBefore: CardState } {
  const before = card === undefined ? createEmptyCard(reviewedAt) : toFsrsCard(card);
  const next = scheduler.next(before, reviewedAt, GRADES[rating]);
  return { card: toStoredCard(next.card), stateBefore: STATE_NAMES[next.log.state] };
}

/**
 * Feeds an attempt to the scheduler: each key point its questions are on is reviewed once,
 * at the attempt's finish time, with the rating its result maps to. Idempotent: a key point
 * already reviewed for this attempt is skipped. A key point whose card was last reviewed after
 * the attempt finished is skipped too (FSRS cannot go back in time).
 */
export function scheduleAttempt(document: ProgressDocument, attempt: Attempt): ProgressDocument {
  const cards = { ...document.cards };
  const logged = new Set(document.reviewLogs.map((log) => log.logId));
  const logs: ReviewLog[] = [];
  for (const outcome of keyPointOutcomes(attempt)) {
    const logId = `${attempt.attemptId}:${outcome.keyPointId}`;
    const current = ownEntry(cards, outcome.keyPointId);
    if (logged.has(logId)) continue;
    if (
      current?.lastReview != null &&
      compareTimestamps(current.lastReview, attempt.finishedAt) > 0
    ) {
      continue;
    }
    const rating = ratingFor(outcome);
    const { card, stateBefore } = reviewCard(current, rating, new Date(attempt.finishedAt));
    cards[outcome.keyPointId] = card;
    logs.push({
      logId,
      attemptId: attempt.attemptId,
      keyPointId: outcome.keyPointId,
      rating,
      fraction: outcome.fraction,
      reviewedAt: attempt.finishedAt,
      state: stateBefore,
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      scheduledDays: card.scheduledDays,
    });
  }
  if (logs.length === 0) return document;
  return { ...document, cards, reviewLogs: [...document.reviewLogs, ...logs] };
}

/** When one key point is due for review. */
export interface KeyPointDue {
  readonly keyPointId: string;
  readonly due: string;
  readonly state: CardState;
  readonly reps: number;
  readonly lapses: number;
}

/**
 * Every scheduled key point, soonest due first. Only key points the learner has answered have
 * a card; pass `keyPointIds` (the course's key points now) to leave out removed ones.
 */
export function reviewForecast(
  document: ProgressDocument,
  keyPointIds?: Iterable<string>,
): KeyPointDue[] {
  const wanted = keyPointIds === undefined ? null : new Set(keyPointIds);
  return Object.entries(document.cards)
    .filter(([keyPointId]) => wanted === null || wanted.has(keyPointId))
    .map(([keyPointId, card]) => ({
      keyPointId,
      due: card.due,
      state: card.state,
      reps: card.reps,
      lapses: card.lapses,
    }))
    .sort((a, b) => compareTimestamps(a.due, b.due) || a.keyPointId.localeCompare(b.keyPointId));
}

/** The key points due for review at `now`, most overdue first. */
export function dueKeyPoints(
  document: ProgressDocument,
  now: Date,
  keyPointIds?: Iterable<string>,
): KeyPointDue[] {
  return reviewForecast(document, keyPointIds).filter(
    (entry) => Date.parse(entry.due) <= now.getTime(),
  );
}
