import * as z from 'zod/mini';
import { lazily } from '../../shared/lazily';
import { PROGRESS_FORMAT, progressSchemasV2, reportDuplicates } from './document-v2';

export { PROGRESS_FORMAT };

/** The progress document version this code reads and writes; older ones are migrated. */
export const CURRENT_PROGRESS_VERSION = 4;

/**
 * The version 4 schemas. Version 4 keeps version 2's cards, review logs, snapshots, completed
 * lessons and version 1 scores, and adds (README: "Document versions"):
 * - to every answer, `mainKeyPointId`: the key point it counted for when it was given (the
 *   question's first listed key point then), so a later edit of the quiz does not move it;
 * - `lessonsOpened`: when each lesson page was first opened (mastery's lesson gate);
 * - `summary`: the older attempts compacted (`compaction.ts`).
 */
function buildProgressSchemas() {
  const v2 = progressSchemasV2();
  const { id, timestamp } = v2;
  const count = z.int().check(z.minimum(0));
  const weight = z.number().check(z.minimum(0));

  const answerShape = {
    ...v2.questionResultShape,
    /**
     * The key point the answer counts for in mastery: the question's main subject (its first
     * listed key point) when it was answered. Present exactly when `keyPointIds` is not empty.
     */
    mainKeyPointId: z.optional(id),
  };
  type AnswerFields = {
    readonly keyPointIds: readonly string[];
    readonly mainKeyPointId?: string | undefined;
    readonly earned: number;
    readonly total: number;
  };
  const answerChecks = z.superRefine((answer: AnswerFields, context) => {
    if (!v2.earnedWithinTotal(answer))
      context.addIssue({ code: 'custom', ...v2.earnedWithinTotalIssue });
    const main = answer.mainKeyPointId;
    if (main === undefined && answer.keyPointIds.length > 0)
      context.addIssue({
        code: 'custom',
        message: 'an answer on key points must name the main one (mainKeyPointId)',
        path: ['mainKeyPointId'],
      });
    if (main !== undefined && !answer.keyPointIds.includes(main))
      context.addIssue({
        code: 'custom',
        message: `mainKeyPointId "${main}" is not one of the answer's keyPointIds`,
        path: ['mainKeyPointId'],
      });
  });

  /** One answered question inside a quiz attempt. */
  const questionResultSchema = z.object(answerShape).check(answerChecks);
  /** One answered question inside a review session, which draws on many quizzes. */
  const reviewQuestionResultSchema = z.object({ quizId: id, ...answerShape }).check(answerChecks);

  const quizAttemptSchema = z.object({
    kind: z.literal('quiz'),
    attemptId: id,
    quizId: id,
    quizVersion: z.optional(z.string().check(z.minLength(1))),
    finishedAt: timestamp,
    questions: z.array(questionResultSchema),
  });
  const reviewAttemptSchema = z.object({
    kind: z.literal('review'),
    attemptId: id,
    finishedAt: timestamp,
    questions: z.array(reviewQuestionResultSchema),
  });
  const attemptSchema = z.discriminatedUnion('kind', [
    quizAttemptSchema,
    reviewAttemptSchema,
    v2.legacyAttempt,
  ]);

  /** What the summarized answers to one question on one key point contribute (`AnswerSummary`). */
  const answerSummarySchema = z.object({
    quizId: id,
    questionId: id,
    questionHash: z.optional(z.string().check(z.minLength(1))),
    answers: count,
    weightedCredit: weight,
    weight,
    lastAnsweredAt: z.nullable(timestamp),
    firstCorrectAt: z.nullable(timestamp),
    lastCorrectReviewAt: z.nullable(timestamp),
    rated: count,
    sure: count,
    sureAndWrong: count,
  });

  /** The older attempts, summarized (`ProgressSummary`). */
  const summarySchema = z.object({
    through: z.nullable(z.object({ finishedAt: timestamp, attemptId: id })),
    attempts: count,
    totalAnswers: count,
    /** The ids of the attempts summarized: a merge never adds one of them again. */
    attemptIds: z.array(id),
    keyPoints: z.record(id, z.array(answerSummarySchema)),
  });

  const progressDocumentSchema = z
    .object({
      format: z.literal(PROGRESS_FORMAT),
      version: z.literal(CURRENT_PROGRESS_VERSION),
      attempts: z.array(attemptSchema),
      /** Lessons completed (their quiz finished). */
      lessons: v2.lessons,
      /** Lessons opened: the first time each lesson page was viewed. */
      lessonsOpened: z.record(id, z.object({ openedAt: timestamp })),
      cards: z.record(id, v2.storedCard),
      reviewLogs: z.array(v2.reviewLog),
      snapshots: z.record(id, v2.quizSnapshot),
      summary: summarySchema,
    })
    .check(
      z.superRefine((document, context) => {
        reportDuplicates(document.attempts, 'attemptId', 'attempts', context);
        reportDuplicates(document.reviewLogs, 'logId', 'reviewLogs', context);
        // An attempt both summarized and kept in full would count twice.
        const summarized = new Set(document.summary.attemptIds);
        document.attempts.forEach((attempt, index) => {
          if (summarized.has(attempt.attemptId))
            context.addIssue({
              code: 'custom',
              message: `attempt "${attempt.attemptId}" is already in the summary`,
              path: ['attempts', index, 'attemptId'],
            });
        });
      }),
    );

  return {
    questionResult: questionResultSchema,
    reviewQuestionResult: reviewQuestionResultSchema,
    quizAttempt: quizAttemptSchema,
    reviewAttempt: reviewAttemptSchema,
    legacyAttempt: v2.legacyAttempt,
    attempt: attemptSchema,
    cardState: v2.cardState,
    storedCard: v2.storedCard,
    reviewRating: v2.reviewRating,
    reviewLog: v2.reviewLog,
    quizSnapshot: v2.quizSnapshot,
    answerSummary: answerSummarySchema,
    summary: summarySchema,
    progressDocument: progressDocumentSchema,
  } as const;
}

type ProgressSchemas = ReturnType<typeof buildProgressSchemas>;

/** The schemas of the progress document and its parts, built once, on first use. */
export const progressSchemas: () => ProgressSchemas = lazily(buildProgressSchemas);

/** The stored result of one question in a quiz attempt (the engine's result, as kept). */
export type QuestionRecord = z.infer<ProgressSchemas['questionResult']>;
/** The stored result of one question in a review session: it names the question's quiz. */
export type ReviewQuestionRecord = z.infer<ProgressSchemas['reviewQuestionResult']>;
/** A finished quiz attempt. */
export type QuizAttempt = z.infer<ProgressSchemas['quizAttempt']>;
/** A finished "Review now" session. */
export type ReviewAttempt = z.infer<ProgressSchemas['reviewAttempt']>;
/** A version 1 best score kept as history. */
export type LegacyAttempt = z.infer<ProgressSchemas['legacyAttempt']>;
/** Any entry of the attempts history. */
export type Attempt = z.infer<ProgressSchemas['attempt']>;
/** FSRS card state name. */
export type CardState = z.infer<ProgressSchemas['cardState']>;
/** Stored FSRS card of one key point. */
export type StoredCard = z.infer<ProgressSchemas['storedCard']>;
/** Rating given to the scheduler. */
export type ReviewRating = z.infer<ProgressSchemas['reviewRating']>;
/** Stored scheduler update. */
export type ReviewLog = z.infer<ProgressSchemas['reviewLog']>;
/** An unfinished quiz, saved: when, and the quiz machine's persisted snapshot. */
export type SavedQuiz = z.infer<ProgressSchemas['quizSnapshot']>;
/**
 * What the summarized answers of one question on one key point still contribute to the figures
 * a learner sees (README: "Compaction"; `compaction.ts` makes and reads it).
 */
export type AnswerSummary = z.infer<ProgressSchemas['answerSummary']>;
/** The answers of older attempts, summarized per key point and question. */
export type ProgressSummary = z.infer<ProgressSchemas['summary']>;
/** The current progress document. */
export type ProgressDocument = z.infer<ProgressSchemas['progressDocument']>;

/** A summary of nothing: a new document's, and a migrated version 3 document's. */
export function emptySummary(): ProgressSummary {
  return { through: null, attempts: 0, totalAnswers: 0, attemptIds: [], keyPoints: {} };
}

/** A new, empty progress document. */
export function emptyProgressDocument(): ProgressDocument {
  return {
    format: PROGRESS_FORMAT,
    version: CURRENT_PROGRESS_VERSION,
    attempts: [],
    lessons: {},
    lessonsOpened: {},
    cards: {},
    reviewLogs: [],
    snapshots: {},
    summary: emptySummary(),
  };
}

/** One shared empty document, for renders that must not read storage (server, hydration). */
export const EMPTY_PROGRESS_DOCUMENT: ProgressDocument = freezeEmpty(emptyProgressDocument());

function freezeEmpty(document: ProgressDocument): ProgressDocument {
  for (const part of [...Object.values(document), ...Object.values(document.summary)])
    if (typeof part === 'object' && part !== null) Object.freeze(part);
  return Object.freeze(document);
}
