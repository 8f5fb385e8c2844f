import { hashString, mulberry32, seededShuffle } from '@tmm/quiz-engine';
import { type QuestionRef, questionKey } from '../../shared/question-ref';
import type { ProgressDocument } from './document';
import { dueKeyPoints } from './schedule';

/** How to build a review session. */
export interface ReviewSessionOptions {
  readonly now: Date;
  /** Same seed, same history, same candidates: same session. */
  readonly seed: string | number;
  /** At most this many questions in all (default 10). */
  readonly maxQuestions?: number;
  /** At most this many questions per due key point (default 2). */
  readonly perKeyPoint?: number;
}

/** A "Review now" session: the due key points it covers and its questions, in order. */
export interface ReviewSessionPlan {
  readonly keyPointIds: readonly string[];
  readonly questions: readonly QuestionRef[];
}

/**
 * Picks questions on the key points due at `now`. Due key points are taken most overdue first
 * and interleaved: one question for each in turn, then a second, up to `perKeyPoint` each and
 * `maxQuestions` in all. Which of a key point's questions come up is a seeded shuffle.
 * Key points with no candidate question are left out.
 */
export function reviewSession(
  document: ProgressDocument,
  candidates: readonly QuestionRef[],
  options: ReviewSessionOptions,
): ReviewSessionPlan {
  const maxQuestions = options.maxQuestions ?? 10;
  const perKeyPoint = options.perKeyPoint ?? 2;
  const unique = [
    ...new Map(candidates.map((candidate) => [questionKey(candidate), candidate])).entries(),
  ];
  const offered = new Set(candidates.flatMap((candidate) => candidate.keyPointIds));
  const random = mulberry32(hashString(String(options.seed)));
  const queues = dueKeyPoints(document, options.now, offered).map(({ keyPointId }) => ({
    keyPointId,
    queue: seededShuffle(
      unique.filter(([, candidate]) => candidate.keyPointIds.includes(keyPointId)),
      random,
    ),
  }));

  const picked = new Map<string, QuestionRef>();
  const covered = new Set<string>();
  for (let round = 0; round < perKeyPoint; round += 1) {
    for (const entry of queues) {
      if (picked.size >= maxQuestions) break;
      let next = entry.queue.shift();
      while (next !== undefined && picked.has(next[0])) next = entry.queue.shift();
      if (next === undefined) continue;
      picked.set(next[0], next[1]);
      covered.add(entry.keyPointId);
    }
  }
  return {
    keyPointIds: queues.map((entry) => entry.keyPointId).filter((id) => covered.has(id)),
    questions: [...picked.values()],
  };
}
