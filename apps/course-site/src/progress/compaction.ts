import type { QuestionRef } from '../../shared/question-ref';
import { questionKey } from '../../shared/question-ref';
import {
  answersByKeyPoint,
  answersOf,
  compareAttempts,
  countedAnswers,
  countsNow,
  indexQuestions,
  isCounted,
  type QuestionIndex,
  type RecordedAnswer,
} from './answers';
import { confidenceByKeyPoint, type KeyPointConfidence, SURE } from './confidence';
import type { Attempt, ProgressDocument } from './document';
import {
  answerFraction,
  type KeyPointMastery,
  lessonDone,
  MASTERY_RULE,
  type MasteryEvidence,
  type MasteryOptions,
  mainKeyPoint,
  masteryGroups,
  masteryLevel,
  retainedSince,
  weightedScore,
} from './mastery';
import { compareTimestamps } from './timestamps';

/**
 * What the summarized answers of one question on one key point still contribute to the figures
 * a learner sees: mastery (its recency-weighted sums, the count, the last answer, and for the
 * level its first correct answer and latest correct review answer) and "sure and wrong" (its
 * counts). As in `masteryByKeyPoint`, mastery's fields are filled only under the question's main
 * key point, "sure and wrong"'s under every key point the answer was recorded on. The weights
 * are those of the summarized answers among themselves: the newest summarized answer on the key
 * point weighs 1, and each older one half as much every `MASTERY_RULE.halfLife` answers back, as
 * in `weightedScore`. Answers kept in full come after every summarized one, so the figures scale
 * these sums by `0.5 ** (kept / halfLife)`.
 */
export interface AnswerSummary {
  readonly quizId: string;
  readonly questionId: string;
  /** The content hash the answers were given on: a changed question no longer counts them. */
  readonly questionHash?: string;
  /** Mastery: answers with marks (total > 0), their weighted credit and weight. */
  readonly answers: number;
  readonly weightedCredit: number;
  readonly weight: number;
  readonly lastAnsweredAt: string | null;
  /**
   * Mastery's level: when the question was first answered correctly (the question's type now
   * then counts among the types answered correctly), and the latest correct answer to it in a
   * review session (for "retained").
   */
  readonly firstCorrectAt: string | null;
  readonly lastCorrectReviewAt: string | null;
  /** "Sure and wrong": answers rated for confidence, rated sure, and sure but not right. */
  readonly rated: number;
  readonly sure: number;
  readonly sureAndWrong: number;
}

/** The answers of older attempts, summarized per key point and question. */
export interface ProgressSummary {
  /** The newest attempt summarized (history order: finish time, then id); older ones too. */
  readonly through: { readonly finishedAt: string; readonly attemptId: string } | null;
  /** Attempts summarized, and their answers. */
  readonly attempts: number;
  readonly totalAnswers: number;
  readonly keyPoints: Readonly<Record<string, readonly AnswerSummary[]>>;
}

/** A summary of nothing. */
export const EMPTY_SUMMARY: ProgressSummary = {
  through: null,
  attempts: 0,
  totalAnswers: 0,
  keyPoints: {},
};

/**
 * The compaction rule: attempts from the last `fullDetailDays` days are kept in full (what a
 * learner may look back on, export or merge answer by answer); older ones are summarized.
 * A year of daily study (about 10,000 answers) then keeps about 30 days in full: 0.3 MB stored
 * instead of 3.3 MB (`npm run bench:progress`).
 */
export const COMPACTION_RULE = { fullDetailDays: 30 } as const;

/** The instant before which attempts are summarized, by `COMPACTION_RULE`. */
export function compactionCutoff(now: Date): Date {
  return new Date(now.getTime() - COMPACTION_RULE.fullDetailDays * 86_400_000);
}

/** A compacted learner record: recent attempts in full, older ones summarized. */
export interface CompactedProgress {
  readonly document: ProgressDocument;
  readonly summary: ProgressSummary;
}

/** How to compact. */
export interface CompactionOptions {
  /** The course's questions now: only answers that count now are summarized. */
  readonly live: readonly QuestionRef[];
  /** Attempts that finished before this instant are summarized; later ones are kept in full. */
  readonly before: Date;
}

const decay = (answersBack: number) => 0.5 ** (answersBack / MASTERY_RULE.halfLife);

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : compareTimestamps(b, a) > 0 ? b : a;
const earlier = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : compareTimestamps(b, a) < 0 ? b : a;

/** Whether an attempt can be summarized: every answer in it counts now (none is history only). */
function summarizable(attempt: Attempt, before: Date, live: QuestionIndex): boolean {
  if (attempt.kind === 'legacy') return false;
  if (compareTimestamps(attempt.finishedAt, before.toISOString()) >= 0) return false;
  return answersOf(attempt).every((answer) => isCounted(answer, live));
}

/**
 * Summarizes the attempts that finished before `options.before` (each of whose answers counts
 * against the course's questions now) into per key point, per question sums, folded into
 * `previous`, and removes them and their review logs from the document. Everything else stays:
 * recent attempts, attempts holding an answer that no longer counts, version 1 scores, lessons,
 * the scheduler's cards (its state, which the review logs only record) and unfinished quizzes.
 * Mastery, "sure and wrong" and the review schedule worked out from the result (with the
 * summary) are those of the document before, for the same course questions.
 */
export function compactProgress(
  document: ProgressDocument,
  options: CompactionOptions,
  previous: ProgressSummary = EMPTY_SUMMARY,
): CompactedProgress {
  const live = indexQuestions(options.live);
  const attempts = [...document.attempts].sort(compareAttempts);
  const folded = attempts.filter((attempt) => summarizable(attempt, options.before, live));
  if (folded.length === 0) return { document, summary: previous };
  const foldedIds = new Set(folded.map((attempt) => attempt.attemptId));
  const newest = folded.at(-1);

  // Per key point, the summarized answers oldest first: mastery's and confidence's groups.
  const answers = folded.flatMap((attempt) => answersOf(attempt));
  const marked = masteryGroups(answers, live);
  const rated = answersByKeyPoint(answers.filter((a) => a.result.confidence !== undefined));
  const keyPoints: Record<string, AnswerSummary[]> = {};
  for (const keyPointId of new Set([
    ...marked.keys(),
    ...rated.keys(),
    ...Object.keys(previous.keyPoints),
  ])) {
    const group = marked.get(keyPointId) ?? [];
    const entries = new Map<string, AnswerSummary>();
    const entryOf = (answer: RecordedAnswer | AnswerSummary): AnswerSummary => {
      const ref =
        'result' in answer
          ? {
              quizId: answer.quizId,
              questionId: answer.result.questionId,
              questionHash: answer.result.questionHash,
            }
          : answer;
      const key = `${questionKey(ref)}#${ref.questionHash ?? ''}`;
      return (
        entries.get(key) ?? {
          quizId: ref.quizId,
          questionId: ref.questionId,
          ...(ref.questionHash === undefined ? {} : { questionHash: ref.questionHash }),
          answers: 0,
          weightedCredit: 0,
          weight: 0,
          lastAnsweredAt: null,
          firstCorrectAt: null,
          lastCorrectReviewAt: null,
          rated: 0,
          sure: 0,
          sureAndWrong: 0,
        }
      );
    };
    const put = (entry: AnswerSummary) =>
      entries.set(`${questionKey(entry)}#${entry.questionHash ?? ''}`, entry);
    // What was summarized before is older still: it moves back by this many answers.
    const older = decay(group.length);
    for (const entry of previous.keyPoints[keyPointId] ?? [])
      put({
        ...entryOf(entry),
        answers: entry.answers,
        weightedCredit: entry.weightedCredit * older,
        weight: entry.weight * older,
        lastAnsweredAt: entry.lastAnsweredAt,
        firstCorrectAt: entry.firstCorrectAt,
        lastCorrectReviewAt: entry.lastCorrectReviewAt,
        rated: entry.rated,
        sure: entry.sure,
        sureAndWrong: entry.sureAndWrong,
      });
    group.forEach(({ answer }, index) => {
      const entry = entryOf(answer);
      const weight = decay(group.length - 1 - index);
      const { correct } = answer.result;
      put({
        ...entry,
        answers: entry.answers + 1,
        weightedCredit: entry.weightedCredit + weight * answerFraction(answer),
        weight: entry.weight + weight,
        lastAnsweredAt: answer.finishedAt,
        firstCorrectAt: earlier(entry.firstCorrectAt, correct ? answer.finishedAt : null),
        lastCorrectReviewAt: later(
          entry.lastCorrectReviewAt,
          correct && answer.attemptKind === 'review' ? answer.finishedAt : null,
        ),
      });
    });
    for (const answer of rated.get(keyPointId) ?? []) {
      const entry = entryOf(answer);
      const sure = answer.result.confidence === SURE;
      put({
        ...entry,
        rated: entry.rated + 1,
        sure: entry.sure + (sure ? 1 : 0),
        sureAndWrong: entry.sureAndWrong + (sure && !answer.result.correct ? 1 : 0),
      });
    }
    keyPoints[keyPointId] = [...entries.values()];
  }

  return {
    document: {
      ...document,
      attempts: attempts.filter((attempt) => !foldedIds.has(attempt.attemptId)),
      reviewLogs: document.reviewLogs.filter((log) => !foldedIds.has(log.attemptId)),
    },
    summary: {
      through: newest ? { finishedAt: newest.finishedAt, attemptId: newest.attemptId } : null,
      attempts: previous.attempts + folded.length,
      totalAnswers: previous.totalAnswers + answers.length,
      keyPoints,
    },
  };
}

/** The total weight of `count` answers in a row, the newest weighing 1. */
const weightOf = (count: number) => {
  let total = 0;
  for (let back = 0; back < count; back += 1) total += decay(back);
  return total;
};

/**
 * Mastery per key point of a compacted record: the answers kept in full (grouped as in
 * `masteryByKeyPoint`) followed by the summarized ones that still count. Summarized answers are
 * older than every kept one, so they weigh what they weighed among themselves times
 * `0.5 ** (kept / halfLife)`. The level's evidence spans both: the types answered correctly,
 * and a correct review answer a day or more after the first correct answer of either.
 */
export function compactedMastery(
  compacted: CompactedProgress,
  options: MasteryOptions,
): KeyPointMastery[] {
  const live = indexQuestions(options.live);
  const groups = masteryGroups(countedAnswers(compacted.document, live), live);
  const summarized = (keyPointId: string) =>
    countedSummaries(compacted.summary, keyPointId, live).filter(
      (entry) => entry.answers > 0 && mainKeyPoint(live.get(questionKey(entry))) === keyPointId,
    );
  const keyPointIds =
    options.keyPointIds ??
    [
      ...new Set([
        ...groups.keys(),
        ...Object.keys(compacted.summary.keyPoints).filter((id) => summarized(id).length > 0),
      ]),
    ].sort();
  return keyPointIds.map((keyPointId) => {
    const kept = groups.get(keyPointId) ?? [];
    const entries = summarized(keyPointId);
    const keptScore = weightedScore(kept.map((entry) => answerFraction(entry.answer)));
    const keptWeight = weightOf(kept.length);
    const scale = decay(kept.length);
    const weighted = entries.reduce((sum, entry) => sum + entry.weightedCredit, 0);
    const weight = entries.reduce((sum, entry) => sum + entry.weight, 0);
    const score =
      entries.length === 0
        ? keptScore
        : ((keptScore ?? 0) * keptWeight + scale * weighted) / (keptWeight + scale * weight);
    const keptRight = kept.filter((entry) => entry.answer.result.correct);
    const firstCorrectAt = entries.reduce<string | null>(
      (first, entry) => earlier(first, entry.firstCorrectAt),
      keptRight[0]?.answer.finishedAt ?? null,
    );
    const correctReviews = [
      ...entries.map((entry) => entry.lastCorrectReviewAt),
      ...keptRight
        .filter((entry) => entry.answer.attemptKind === 'review')
        .map((entry) => entry.answer.finishedAt),
    ];
    const evidence: MasteryEvidence = {
      score,
      answers: kept.length + entries.reduce((sum, entry) => sum + entry.answers, 0),
      correctTypes: new Set([
        ...keptRight.map((entry) => entry.questionType),
        ...entries
          .filter((entry) => entry.firstCorrectAt !== null)
          .map((entry) => live.get(questionKey(entry))?.questionType ?? '?'),
      ]).size,
      retained:
        firstCorrectAt !== null &&
        correctReviews.some((at) => at !== null && retainedSince(firstCorrectAt, at)),
      lessonDone: lessonDone(compacted.document, keyPointId, options.taughtBy),
    };
    return {
      keyPointId,
      level: masteryLevel(evidence),
      ...evidence,
      lastAnsweredAt:
        kept.at(-1)?.answer.finishedAt ??
        entries.reduce<string | null>((last, entry) => later(last, entry.lastAnsweredAt), null),
    };
  });
}

/** "Sure and wrong" per key point of a compacted record: kept answers and summaries added up. */
export function compactedConfidence(
  compacted: CompactedProgress,
  options: MasteryOptions,
): KeyPointConfidence[] {
  const live = indexQuestions(options.live);
  const keyPointIds =
    options.keyPointIds ??
    [
      ...new Set([
        ...confidenceByKeyPoint(compacted.document, options).map((entry) => entry.keyPointId),
        ...Object.keys(compacted.summary.keyPoints).filter((id) =>
          countedSummaries(compacted.summary, id, live).some((entry) => entry.rated > 0),
        ),
      ]),
    ].sort();
  return confidenceByKeyPoint(compacted.document, { ...options, keyPointIds }).map((kept) => {
    const entries = countedSummaries(compacted.summary, kept.keyPointId, live);
    const add = (field: 'rated' | 'sure' | 'sureAndWrong') =>
      kept[field] + entries.reduce((sum, entry) => sum + entry[field], 0);
    const sure = add('sure');
    const sureAndWrong = add('sureAndWrong');
    return {
      keyPointId: kept.keyPointId,
      rated: add('rated'),
      sure,
      sureAndWrong,
      sureAndWrongRate: sure > 0 ? sureAndWrong / sure : null,
    };
  });
}

/** The summarized answers on a key point that still count: their question exists, unchanged. */
export function countedSummaries(
  summary: ProgressSummary,
  keyPointId: string,
  live: QuestionIndex,
): AnswerSummary[] {
  return (summary.keyPoints[keyPointId] ?? []).filter((entry) => countsNow(entry, live));
}
