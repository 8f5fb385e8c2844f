import { type QuestionRef, questionKey } from '../../shared/question-ref';
import { countedAnswers, indexQuestions, type QuestionIndex, type RecordedAnswer } from './answers';
import type { ProgressDocument, QuestionRecord } from './document';
import { ownEntry } from './own-entry';

/**
 * The mastery rule, in numbers (README: "Mastery"). Levels are earned, as Khan Academy's are:
 * - Only answers to questions whose main subject the key point is count (the main key point each
 *   answer recorded: its question's first listed key point when answered); others get nothing.
 * - Each counted answer scores its credit, 0 to 1 (`answerFraction`: the engine's accuracy after
 *   try penalties and hints). The key point's score is the weighted mean of those fractions;
 *   the most recent answer weighs 1 and each older one half as much every `halfLife` answers back.
 * - Levels: no answers = not started; answered, but score below `familiarAt` or no answer
 *   correct = attempted; else familiar; proficient from `proficientAt` with correct answers on
 *   at least `proficientTypes` question types; mastered when proficient and, besides, answered
 *   correctly in a review session at least `masteredAfterHours` after its first correct answer.
 * - A key point with a teaching lesson the learner has not opened stays familiar at most.
 */
export const MASTERY_RULE = {
  halfLife: 3,
  familiarAt: 0.6,
  proficientAt: 0.85,
  proficientTypes: 2,
  masteredAfterHours: 24,
} as const;

/** How far a learner has come on one key point, from least to most. */
export type MasteryLevel = 'not-started' | 'attempted' | 'familiar' | 'proficient' | 'mastered';

/** What a key point's level is decided on. */
export interface MasteryEvidence {
  /** Recency-weighted mean fraction earned, 0 to 1; null before any answer. */
  readonly score: number | null;
  /** Counted answers on this key point. */
  readonly answers: number;
  /** Question types answered correctly at least once. */
  readonly correctTypes: number;
  /** Answered correctly in a review session a day or more after its first correct answer. */
  readonly retained: boolean;
  /** Every lesson teaching it has been opened (true when no lesson teaches it). */
  readonly lessonsOpened: boolean;
}

/** Mastery of one key point. */
export interface KeyPointMastery extends MasteryEvidence {
  readonly keyPointId: string;
  readonly level: MasteryLevel;
  readonly lastAnsweredAt: string | null;
}

/** What mastery is computed over: the questions that exist now, and which key points to report. */
export interface MasteryOptions {
  /** The course's questions now; answers to any other question are history, not counted. */
  readonly live: readonly QuestionRef[];
  /** Key points to report, in this order (those never answered come out "not started"); defaults to every answered one, sorted. */
  readonly keyPointIds?: readonly string[];
  /**
   * The lessons that teach each key point (assessments aside). A key point listed here stays
   * familiar at most until all of its lessons are opened; one not listed is not held back.
   */
  readonly taughtBy?: ReadonlyMap<string, readonly string[]>;
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

/** The level the evidence earns. */
export function masteryLevel(evidence: MasteryEvidence): MasteryLevel {
  const { score, answers } = evidence;
  if (score === null || answers === 0) return 'not-started';
  if (score < MASTERY_RULE.familiarAt || evidence.correctTypes === 0) return 'attempted';
  if (!evidence.lessonsOpened) return 'familiar';
  if (score < MASTERY_RULE.proficientAt || evidence.correctTypes < MASTERY_RULE.proficientTypes)
    return 'familiar';
  return evidence.retained ? 'mastered' : 'proficient';
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

/** A counted answer with the type of its question now (`?` when the course gives none). */
export interface MasteryAnswer {
  readonly answer: RecordedAnswer;
  readonly questionType: string;
}

/**
 * The answers mastery counts, per key point, in the order given (oldest first): those with
 * marks (total > 0), under the main key point each answer recorded (`mainKeyPointId`: the
 * question's main subject when it was answered) only. `live` gives each its question's type now.
 */
export function masteryGroups(
  answers: readonly RecordedAnswer[],
  live: QuestionIndex,
): Map<string, MasteryAnswer[]> {
  const groups = new Map<string, MasteryAnswer[]>();
  for (const answer of answers) {
    const keyPointId = answer.result.mainKeyPointId;
    if (answer.result.total <= 0 || keyPointId === undefined) continue;
    const question = live.get(
      questionKey({ quizId: answer.quizId, questionId: answer.result.questionId }),
    );
    const group = groups.get(keyPointId) ?? [];
    group.push({ answer, questionType: question?.questionType ?? '?' });
    groups.set(keyPointId, group);
  }
  return groups;
}

/** Whether a correct review answer at `reviewedAt` came long enough after the first correct one. */
export function retainedSince(firstCorrectAt: string, reviewedAt: string): boolean {
  return (
    Date.parse(reviewedAt) - Date.parse(firstCorrectAt) >=
    MASTERY_RULE.masteredAfterHours * 3_600_000
  );
}

/** Whether some correct answer in a review session came a day or more after the first correct one. */
function retainedOver(answers: readonly RecordedAnswer[]): boolean {
  const firstRight = answers.find((answer) => answer.result.correct);
  if (firstRight === undefined) return false;
  return answers.some(
    (answer) =>
      answer.attemptKind === 'review' &&
      answer.result.correct &&
      retainedSince(firstRight.finishedAt, answer.finishedAt),
  );
}

/** Whether every lesson teaching a key point has been opened (true when none is listed). */
export function lessonsOpened(
  document: ProgressDocument,
  keyPointId: string,
  taughtBy: MasteryOptions['taughtBy'],
): boolean {
  const teaching = taughtBy?.get(keyPointId);
  return (
    teaching === undefined ||
    teaching.every((lessonId) => ownEntry(document.lessonsOpened, lessonId) !== undefined)
  );
}

/** Mastery of each key point from the answers that still count. */
export function masteryByKeyPoint(
  document: ProgressDocument,
  options: MasteryOptions,
): KeyPointMastery[] {
  const live = indexQuestions(options.live);
  const groups = masteryGroups(countedAnswers(document, live), live);
  const keyPointIds = options.keyPointIds ?? [...groups.keys()].sort();
  return keyPointIds.map((keyPointId) => {
    const group = groups.get(keyPointId) ?? [];
    const answers = group.map((entry) => entry.answer);
    const evidence: MasteryEvidence = {
      score: weightedScore(answers.map(answerFraction)),
      answers: answers.length,
      correctTypes: new Set(
        group.filter((entry) => entry.answer.result.correct).map((entry) => entry.questionType),
      ).size,
      retained: retainedOver(answers),
      lessonsOpened: lessonsOpened(document, keyPointId, options.taughtBy),
    };
    return {
      keyPointId,
      level: masteryLevel(evidence),
      ...evidence,
      lastAnsweredAt: answers.at(-1)?.finishedAt ?? null,
    };
  });
}

/**
 * The share of an attempt's marks earned, 0 to 1, as its results showed it: accuracy
 * (`recordFraction` of each question, weighed by its marks), never the certainty-based mark.
 */
export function attemptAccuracy(
  questions: readonly Pick<QuestionRecord, 'accuracy' | 'earned' | 'total'>[],
): number {
  const total = questions.reduce((sum, question) => sum + question.total, 0);
  const earned = questions.reduce(
    (sum, question) => sum + recordFraction(question) * question.total,
    0,
  );
  return total > 0 ? earned / total : 0;
}
