import { answersOf } from './answers';
import { SURE } from './confidence';
import type { Attempt, ReviewRating } from './document';
import { answerFraction } from './mastery';

/**
 * How an attempt's result on a key point becomes a scheduler rating (README: "Rating"), so that
 * a miss never brings a key point back later than a right answer would, and a sure miss soonest:
 * - a miss (an answer on it not fully correct) rated sure: again;
 * - any other miss: hard when the fraction is at least `hardAt`, else again;
 * - every answer correct: good from `goodAt` (easy when every answer was correct on the first
 *   try, without hints and rated sure), else hard (correct, but late or after hints).
 */
export const RATING_RULE = { goodAt: 0.9, hardAt: 0.6 } as const;

/** What one attempt showed about one key point. */
export interface KeyPointOutcome {
  readonly keyPointId: string;
  readonly earned: number;
  readonly total: number;
  /** `earned / total` over the attempt's questions on this key point. */
  readonly fraction: number;
  readonly answers: number;
  /** Every answer correct, first try, no hints, rated sure. */
  readonly effortless: boolean;
  /** Some answer on it was not fully correct. */
  readonly missed: boolean;
  /** Some answer on it was not fully correct though rated sure. */
  readonly sureMiss: boolean;
}

/** The attempt's result on each key point its questions are on, sorted by key point id. */
export function keyPointOutcomes(attempt: Attempt): KeyPointOutcome[] {
  const byKeyPoint = new Map<
    string,
    {
      earned: number;
      total: number;
      answers: number;
      effortless: boolean;
      missed: boolean;
      sureMiss: boolean;
    }
  >();
  for (const answer of answersOf(attempt)) {
    const { result } = answer;
    if (result.total <= 0) continue;
    const effortless =
      result.correct && result.tries <= 1 && result.hints === 0 && result.confidence === SURE;
    for (const keyPointId of new Set(result.keyPointIds)) {
      const sum = byKeyPoint.get(keyPointId) ?? {
        earned: 0,
        total: 0,
        answers: 0,
        effortless: true,
        missed: false,
        sureMiss: false,
      };
      byKeyPoint.set(keyPointId, {
        earned: sum.earned + answerFraction(answer) * result.total,
        total: sum.total + result.total,
        answers: sum.answers + 1,
        effortless: sum.effortless && effortless,
        missed: sum.missed || !result.correct,
        sureMiss: sum.sureMiss || (!result.correct && result.confidence === SURE),
      });
    }
  }
  return [...byKeyPoint.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([keyPointId, sum]) => ({ keyPointId, ...sum, fraction: sum.earned / sum.total }));
}

/** The scheduler rating for one key point's outcome. */
export function ratingFor(
  outcome: Pick<KeyPointOutcome, 'fraction' | 'effortless' | 'missed' | 'sureMiss'>,
): ReviewRating {
  if (outcome.sureMiss) return 'again';
  if (outcome.missed) return outcome.fraction >= RATING_RULE.hardAt ? 'hard' : 'again';
  // Every answer correct, if late or after hints: never sooner than a miss.
  if (outcome.fraction >= RATING_RULE.goodAt) return outcome.effortless ? 'easy' : 'good';
  return 'hard';
}
