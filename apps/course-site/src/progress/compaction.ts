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
import type { AnswerSummary, Attempt, ProgressDocument, ProgressSummary } from './document';
import {
  answerFraction,
  type KeyPointMastery,
  lessonsOpened,
  MASTERY_RULE,
  type MasteryEvidence,
  type MasteryOptions,
  masteryGroups,
  masteryLevel,
  retainedSince,
  weightedScore,
} from './mastery';
import { ownEntry, setOwnEntry } from './own-entry';
import { compareTimestamps } from './timestamps';

export type { AnswerSummary, ProgressSummary };

// The summary (`ProgressSummary`, stored as the document's `summary`, schema in `document.ts`)
// holds, per key point and per question (quiz id, question id, content hash), what the
// summarized answers still contribute to the figures a learner sees: mastery (its
// recency-weighted sums, the count, the last answer, and for the level its first correct answer
// and latest correct review answer) and "sure and wrong" (its counts). As in
// `masteryByKeyPoint`, mastery's fields are filled only under the main key point each answer
// recorded, "sure and wrong"'s under every key point the answer was recorded on. The weights are
// those of the summarized answers among themselves: the newest summarized answer on the key
// point weighs 1, and each older one half as much every `MASTERY_RULE.halfLife` answers back, as
// in `weightedScore`. Answers kept in full come after every summarized one, so the figures scale
// these sums by `0.5 ** (kept / halfLife)`. `through` is the newest attempt summarized (history
// order: finish time, then id) and `attemptIds` every one, so none is ever counted twice.

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

/** How to compact. */
export interface CompactionOptions {
  /**
   * The course's questions now, when known: then an attempt holding an answer that does not count
   * now is kept in full (history), and every figure stays exactly as it was. Without them (the
   * store, which does not load the course's questions) every attempt before `before` is
   * summarized; a summarized answer that does not count is then left out when the figures are
   * read, as a question that changes after compaction is (README: "Compaction").
   */
  readonly live?: readonly QuestionRef[];
  /** Attempts that finished before this instant are summarized; later ones are kept in full. */
  readonly before: Date;
}

const decay = (answersBack: number) => 0.5 ** (answersBack / MASTERY_RULE.halfLife);

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : compareTimestamps(b, a) > 0 ? b : a;
const earlier = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : compareTimestamps(b, a) < 0 ? b : a;

/**
 * Whether an attempt can be summarized: not a version 1 score, finished before `before`, and,
 * when the course's questions are known, every answer in it counts now (none is history only).
 */
function summarizable(attempt: Attempt, before: Date, live: QuestionIndex | null): boolean {
  if (attempt.kind === 'legacy') return false;
  if (compareTimestamps(attempt.finishedAt, before.toISOString()) >= 0) return false;
  return live === null || answersOf(attempt).every((answer) => isCounted(answer, live));
}

/**
 * Whether compacting at `before` would summarize anything: the cutoff has moved past the oldest
 * attempt kept in full (not counting version 1 scores, which are never summarized). The store
 * asks this on every write, so it must be cheap.
 */
export function compactionDue(document: ProgressDocument, before: Date): boolean {
  const cutoff = before.toISOString();
  return document.attempts.some(
    (attempt) => attempt.kind !== 'legacy' && compareTimestamps(attempt.finishedAt, cutoff) < 0,
  );
}

/**
 * Summarizes the attempts that finished before `options.before` (each of whose answers counts
 * against the course's questions now, when they are given) into per key point, per question
 * sums, folded into the document's summary, and removes them and their review logs from the
 * document. Everything else stays:
 * recent attempts, attempts holding an answer that no longer counts, version 1 scores, lessons,
 * the scheduler's cards (its state, which the review logs only record) and unfinished quizzes.
 * Mastery, "sure and wrong" and the review schedule worked out from the result (with the
 * summary) are those of the document before, for the same course questions.
 */
export function compactProgress(
  document: ProgressDocument,
  options: CompactionOptions,
): ProgressDocument {
  const previous = document.summary;
  const live = options.live === undefined ? null : indexQuestions(options.live);
  const attempts = [...document.attempts].sort(compareAttempts);
  const folded = attempts.filter((attempt) => summarizable(attempt, options.before, live));
  if (folded.length === 0) return document;
  const foldedIds = new Set(folded.map((attempt) => attempt.attemptId));
  const newest = folded.at(-1);

  // Per key point, the summarized answers oldest first: mastery's and confidence's groups.
  const answers = folded.flatMap((attempt) => answersOf(attempt));
  const marked = masteryGroups(answers, live ?? new Map());
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
    for (const entry of ownEntry(previous.keyPoints, keyPointId) ?? [])
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
    setOwnEntry(keyPoints, keyPointId, [...entries.values()]);
  }

  return {
    ...document,
    attempts: attempts.filter((attempt) => !foldedIds.has(attempt.attemptId)),
    reviewLogs: document.reviewLogs.filter((log) => !foldedIds.has(log.attemptId)),
    summary: {
      through: laterThrough(
        previous.through,
        newest ? { finishedAt: newest.finishedAt, attemptId: newest.attemptId } : null,
      ),
      attempts: previous.attempts + folded.length,
      totalAnswers: previous.totalAnswers + answers.length,
      attemptIds: [...previous.attemptIds, ...foldedIds].sort(),
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
  compacted: ProgressDocument,
  options: MasteryOptions,
): KeyPointMastery[] {
  const live = indexQuestions(options.live);
  const groups = masteryGroups(countedAnswers(compacted, live), live);
  // Mastery's sums are filled only under the main key point the answers recorded.
  const summarized = (keyPointId: string) =>
    countedSummaries(compacted.summary, keyPointId, live).filter((entry) => entry.answers > 0);
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
      lessonsOpened: lessonsOpened(compacted, keyPointId, options.taughtBy),
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
  compacted: ProgressDocument,
  options: MasteryOptions,
): KeyPointConfidence[] {
  const live = indexQuestions(options.live);
  const keyPointIds =
    options.keyPointIds ??
    [
      ...new Set([
        ...confidenceByKeyPoint(compacted, options).map((entry) => entry.keyPointId),
        ...Object.keys(compacted.summary.keyPoints).filter((id) =>
          countedSummaries(compacted.summary, id, live).some((entry) => entry.rated > 0),
        ),
      ]),
    ].sort();
  return confidenceByKeyPoint(compacted, { ...options, keyPointIds }).map((kept) => {
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
  return (ownEntry(summary.keyPoints, keyPointId) ?? []).filter((entry) => countsNow(entry, live));
}

type Through = ProgressSummary['through'];

/** The later of two `through` marks, in history order (finish time, then attempt id). */
export function laterThrough(a: Through, b: Through): Through {
  if (a === null) return b;
  if (b === null) return a;
  const order =
    compareTimestamps(a.finishedAt, b.finishedAt) || a.attemptId.localeCompare(b.attemptId);
  return order >= 0 ? a : b;
}

/**
 * The summary of two documents merged (two browsers, an import). Two summaries cannot simply be
 * added, as both may hold the same attempts (a browser that imported the other's export, then
 * each compacted). So, by the attempt ids each summarized:
 * - one holds every attempt the other does (or the other is empty): that one;
 * - they share no attempt: both, added up (the sums of each question and key point added; the
 *   weights of each side are those among its own answers, so the far tail's score is close to,
 *   not exactly, a single compaction's; the counts are exact);
 * - they share some but not all: the one that reaches further (`through`; then more attempts;
 *   then `base`). The other's answers found only there stop counting toward mastery and "sure
 *   and wrong" (at least `COMPACTION_RULE.fullDetailDays` old; the review dates, kept in the
 *   cards, are unchanged): counting an attempt twice would be worse, and this cannot be told
 *   apart.
 * Either way, no attempt in the merged summary is also kept in full (`mergeProgress` drops it).
 */
export function mergeSummaries(base: ProgressSummary, incoming: ProgressSummary): ProgressSummary {
  const mine = new Set(base.attemptIds);
  const theirs = new Set(incoming.attemptIds);
  const shared = incoming.attemptIds.filter((id) => mine.has(id)).length;
  if (shared === theirs.size) return base;
  if (shared === mine.size) return incoming;
  if (shared > 0) {
    const further = laterThrough(base.through, incoming.through);
    if (further === base.through && further !== incoming.through) return base;
    if (further === incoming.through && further !== base.through) return incoming;
    return incoming.attempts > base.attempts ? incoming : base;
  }
  const keyPoints: Record<string, AnswerSummary[]> = {};
  for (const keyPointId of new Set([
    ...Object.keys(base.keyPoints),
    ...Object.keys(incoming.keyPoints),
  ])) {
    const entries = new Map<string, AnswerSummary>();
    for (const entry of [
      ...(ownEntry(base.keyPoints, keyPointId) ?? []),
      ...(ownEntry(incoming.keyPoints, keyPointId) ?? []),
    ]) {
      const key = `${questionKey(entry)}#${entry.questionHash ?? ''}`;
      const held = entries.get(key);
      entries.set(
        key,
        held === undefined
          ? entry
          : {
              ...held,
              answers: held.answers + entry.answers,
              weightedCredit: held.weightedCredit + entry.weightedCredit,
              weight: held.weight + entry.weight,
              lastAnsweredAt: later(held.lastAnsweredAt, entry.lastAnsweredAt),
              firstCorrectAt: earlier(held.firstCorrectAt, entry.firstCorrectAt),
              lastCorrectReviewAt: later(held.lastCorrectReviewAt, entry.lastCorrectReviewAt),
              rated: held.rated + entry.rated,
              sure: held.sure + entry.sure,
              sureAndWrong: held.sureAndWrong + entry.sureAndWrong,
            },
      );
    }
    setOwnEntry(keyPoints, keyPointId, [...entries.values()]);
  }
  return {
    through: laterThrough(base.through, incoming.through),
    attempts: base.attempts + incoming.attempts,
    totalAnswers: base.totalAnswers + incoming.totalAnswers,
    attemptIds: [...base.attemptIds, ...incoming.attemptIds].sort(),
    keyPoints,
  };
}
