// zod/mini, imported as a namespace so that the bundle keeps only what is used: these schemas
// are read on every page (the progress store), and mini is a fraction of the classic build's
// size and start-up work.
import * as z from 'zod/mini';
import { lazily } from '../../shared/lazily';
import '../../shared/zod-english';

// Frozen: version 2 documents exist in learners' browsers and exports, so these schemas never
// change. A later version that keeps a part as it was reuses that part from here (see
// `document.ts`); one that changes a part defines the new part there.

/** The format tag carried by every progress document from version 2 on, and by every export. */
export const PROGRESS_FORMAT = 'tmm-course-progress';

/**
 * Builds the version 2 schemas. zod builds each schema's machinery when it is made, which costs
 * a page tens of milliseconds on a phone: they are made the first time progress is read or
 * written, and a visitor with nothing stored never pays for them.
 */
function buildV2Schemas() {
  const idSchema = z.string().check(z.minLength(1), z.maxLength(200));
  const timestampSchema = z.iso.datetime({ offset: true });

  const questionResultShape = {
    questionId: idSchema,
    /** Hash of the question's content when answered; a changed hash means a changed question. */
    questionHash: z.optional(z.string().check(z.minLength(1))),
    keyPointIds: z.array(idSchema),
    /** Marks earned; negative only under certainty-based marking. */
    earned: z.number(),
    total: z.number().check(z.minimum(0)),
    /** Credit from 0 to 1 after try penalties and hints, before certainty-based marking. */
    accuracy: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    /** Some try was fully right. */
    correct: z.boolean(),
    /** Certainty the learner rated: 1 = unsure, 2 = fairly sure, 3 = sure. */
    confidence: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
    tries: z.int().check(z.minimum(0)),
    hints: z.int().check(z.minimum(0)),
  };

  const earnedWithinTotal = (result: { earned: number; total: number }) =>
    result.earned <= result.total;
  const earnedWithinTotalIssue = { message: 'earned must not exceed total', path: ['earned'] };

  /** One answered question inside a quiz attempt. */
  const questionResultSchema = z
    .object(questionResultShape)
    .check(z.refine(earnedWithinTotal, earnedWithinTotalIssue));

  /** One answered question inside a review session, which draws on many quizzes. */
  const reviewQuestionResultSchema = z
    .object({ quizId: idSchema, ...questionResultShape })
    .check(z.refine(earnedWithinTotal, earnedWithinTotalIssue));

  /** A finished quiz: append-only, identified by a unique attemptId. */
  const quizAttemptSchema = z.object({
    kind: z.literal('quiz'),
    attemptId: idSchema,
    quizId: idSchema,
    /** Version or content hash of the quiz when it was taken. */
    quizVersion: z.optional(z.string().check(z.minLength(1))),
    finishedAt: timestampSchema,
    questions: z.array(questionResultSchema),
  });

  /** A finished "Review now" session over questions on due key points. */
  const reviewAttemptSchema = z.object({
    kind: z.literal('review'),
    attemptId: idSchema,
    finishedAt: timestampSchema,
    questions: z.array(reviewQuestionResultSchema),
  });

  /** A best score carried over from version 1, which kept no per-question results. */
  const legacyAttemptSchema = z.object({
    kind: z.literal('legacy'),
    attemptId: idSchema,
    quizId: idSchema,
    finishedAt: timestampSchema,
    bestScore: z.number().check(z.minimum(0), z.maximum(1)),
  });

  /** Any entry of the attempts history. */
  const attemptSchema = z.discriminatedUnion('kind', [
    quizAttemptSchema,
    reviewAttemptSchema,
    legacyAttemptSchema,
  ]);

  /** FSRS card states, named rather than numbered so stored data reads plainly. */
  const cardStateSchema = z.enum(['new', 'learning', 'review', 'relearning']);

  /** The FSRS memory state of one key point, as stored (dates as ISO strings). */
  const storedCardSchema = z.object({
    due: timestampSchema,
    stability: z.number().check(z.minimum(0)),
    difficulty: z.number().check(z.minimum(0)),
    elapsedDays: z.number().check(z.minimum(0)),
    scheduledDays: z.number().check(z.minimum(0)),
    learningSteps: z.int().check(z.minimum(0)),
    reps: z.int().check(z.minimum(0)),
    lapses: z.int().check(z.minimum(0)),
    state: cardStateSchema,
    lastReview: z.nullable(timestampSchema),
  });

  /** Ratings fed to the scheduler. */
  const reviewRatingSchema = z.enum(['again', 'hard', 'good', 'easy']);

  /** One scheduler update of one key point, caused by one attempt. */
  const reviewLogSchema = z.object({
    /** `${attemptId}:${keyPointId}`: one update per key point per attempt. */
    logId: idSchema,
    attemptId: idSchema,
    keyPointId: idSchema,
    rating: reviewRatingSchema,
    /** Fraction of the points earned on the key point in that attempt. */
    fraction: z.number().check(z.minimum(0), z.maximum(1)),
    reviewedAt: timestampSchema,
    /** Card state before the review. */
    state: cardStateSchema,
    /** When the key point became due again after the review. */
    due: timestampSchema,
    stability: z.number().check(z.minimum(0)),
    difficulty: z.number().check(z.minimum(0)),
    scheduledDays: z.number().check(z.minimum(0)),
  });

  /** An unfinished quiz, as the engine's persisted snapshot. */
  const quizSnapshotSchema = z.object({
    savedAt: timestampSchema,
    snapshot: z.json(),
  });

  const lessonsSchema = z.record(idSchema, z.object({ completedAt: timestampSchema }));
  const cardsSchema = z.record(idSchema, storedCardSchema);
  const snapshotsSchema = z.record(idSchema, quizSnapshotSchema);

  /**
   * A progress document of `version` made of these parts: attempt ids and review log ids are
   * unique. Version 3 changed what a document means, not its shape (see `migrations.ts`).
   */
  const progressDocumentOf = <V extends number>(version: V) =>
    z
      .object({
        format: z.literal(PROGRESS_FORMAT),
        version: z.literal(version),
        attempts: z.array(attemptSchema),
        lessons: lessonsSchema,
        cards: cardsSchema,
        reviewLogs: z.array(reviewLogSchema),
        snapshots: snapshotsSchema,
      })
      .check(
        z.superRefine((document, context) => {
          reportDuplicates(document.attempts, 'attemptId', 'attempts', context);
          reportDuplicates(document.reviewLogs, 'logId', 'reviewLogs', context);
        }),
      );

  return {
    // Parts a later version builds on (version 4 adds to the question result's shape).
    id: idSchema,
    timestamp: timestampSchema,
    questionResultShape,
    earnedWithinTotal,
    earnedWithinTotalIssue,
    lessons: lessonsSchema,
    questionResult: questionResultSchema,
    reviewQuestionResult: reviewQuestionResultSchema,
    quizAttempt: quizAttemptSchema,
    reviewAttempt: reviewAttemptSchema,
    legacyAttempt: legacyAttemptSchema,
    attempt: attemptSchema,
    cardState: cardStateSchema,
    storedCard: storedCardSchema,
    reviewRating: reviewRatingSchema,
    reviewLog: reviewLogSchema,
    quizSnapshot: quizSnapshotSchema,
    progressDocumentOf,
    progressDocument: progressDocumentOf(2),
  } as const;
}

/** The version 2 schemas. */
export type ProgressSchemasV2 = ReturnType<typeof buildV2Schemas>;

/** The version 2 document and its parts, built once, on first use. */
export const progressSchemasV2: () => ProgressSchemasV2 = lazily(buildV2Schemas);

/** A version 2 progress document. */
export type ProgressDocumentV2 = z.infer<ProgressSchemasV2['progressDocument']>;

export function reportDuplicates<K extends string>(
  entries: readonly Record<K, string>[],
  field: K,
  listName: string,
  context: z.core.$RefinementCtx,
): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id = entry[field];
    if (seen.has(id)) {
      context.addIssue({
        code: 'custom',
        message: `duplicate ${field} "${id}"`,
        path: [listName, index, field],
      });
    }
    seen.add(id);
  });
}
