import type { QuestionRef } from '../../shared/question-ref';
import { answersByKeyPoint, countedAnswers, indexQuestions, type RecordedAnswer } from './answers';
import type { ProgressDocument, QuestionRecord } from './document';

/**
 * The mastery rule, in numbers (README: "Mastery").
 * - Each counted answer on a key point scores its credit, 0 to 1 (`answerFraction`: the
 *   engine's accuracy after try penalties and hints).
 * - The key point's score is the weighted mean of those fractions; the most recent answer
 *   weighs 1 and each older one weighs half as much every `halfLife` answers back.
 * - Levels: no answers = not started; score >= `masteredAt` with at least
 *   `masteredMinAnswers` answers = mastered; score >= `familiarAt` = familiar; else learning.
 */
export const MASTERY_RULE = {
  halfLife: 3,
  familiarAt: 0.6,
  masteredAt: 0.85,
  masteredMinAnswers: 3,
} as const;

/** How far a learner has come on one key point. */
export type MasteryLevel = 'not-started' | 'learning' | 'familiar' | 'mastered';

/** Mastery of one key point. */
export interface KeyPointMastery {
  readonly keyPointId: string;
  readonly level: MasteryLevel;
  /** Recency-weighted mean fraction earned, 0 to 1; null before any answer. */
  readonly score: number | null;
  /** Counted answers on this key point. */
  readonly answers: number;
  readonly lastAnsweredAt: string | null;
}

/** What mastery is computed over: the questions that exist now, and which key points to report. */
export interface MasteryOptions {
  /** The course's questions now; answers to any other question are history, not counted. */
  readonly live: readonly QuestionRef[];
  /** Key points to report, in this order (those never answered come out "not started"); defaults to every answered one, sorted. */
  readonly keyPointIds?: readonly string[];
}

/** Recency-weighted mean of fractions given oldest first; null for none. */
export function weightedScore(
  fractionsOldestFirst: readonly number[],
  halfLife: number = MASTERY_RULE.halfLife,
): number | null {
  const count = fractionsOldestFirst.length;
  if (count === 0) return null;
  let weighted = 0;
  let weights = 0;
  fractionsOldestFirst.forEach((fraction, index) => {
    const answersBack = count - 1 - index;
    const weight = 0.5 ** (answersBack / halfLife);
    weighted += weight * fraction;
    weights += weight;
  });
  return weighted / weights;
}

/** The level a score reaches with so many answers behind it. */
export function masteryLevel(score: number | null, answers: number): MasteryLevel {
  if (score === null || answers === 0) return 'not-started';
  if (score >= MASTERY_RULE.masteredAt && answers >= MASTERY_RULE.masteredMinAnswers)
    return 'mastered';
  if (score >= MASTERY_RULE.familiarAt) return 'familiar';
  return 'learning';
}

/**
 * The credit a recorded question earned, 0 to 1: its `accuracy` when recorded (after try
 * penalties and hints, before certainty-based marking, whose confidence is judged apart), else
 * `earned / total` kept within 0..1 (older records whose `earned` took confidence in).
 */
export function recordFraction(
  record: Pick<QuestionRecord, 'accuracy' | 'earned' | 'total'>,
): number {
  const { accuracy, earned, total } = record;
  if (accuracy !== undefined) return accuracy;
  return total > 0 ? Math.min(1, Math.max(0, earned / total)) : 0;
}

/** The credit an answer earned, 0 to 1 (`recordFraction` of its result). */
export function answerFraction(answer: RecordedAnswer): number {
  return recordFraction(answer.result);
}

/** Mastery of each key point from the answers that still count. */
export function masteryByKeyPoint(
  document: ProgressDocument,
  options: MasteryOptions,
): KeyPointMastery[] {
  const answers = countedAnswers(document, indexQuestions(options.live)).filter(
    (answer) => answer.result.total > 0,
  );
  const groups = answersByKeyPoint(answers);
  const keyPointIds = options.keyPointIds ?? [...groups.keys()].sort();
  return keyPointIds.map((keyPointId) => {
    const group = groups.get(keyPointId) ?? [];
    const score = weightedScore(group.map(answerFraction));
    return {
      keyPointId,
      level: masteryLevel(score, group.length),
      score,
      answers: group.length,
      lastAnsweredAt: group.at(-1)?.finishedAt ?? null,
    };
  });
}
