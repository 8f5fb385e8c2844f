import * as z from 'zod/mini';
import '../lib/zod-english';

// Frozen: version 1 documents exist in learners' browsers, so this schema never changes.

/** The version 1 progress document: only each quiz's best score. */
export const progressDocumentV1Schema = z.object({
  version: z.literal(1),
  quizzes: z.record(
    z.string().check(z.minLength(1)),
    z.object({
      /** Best fraction of points earned, 0 to 1. */
      bestScore: z.number().check(z.minimum(0), z.maximum(1)),
      completedAt: z.iso.datetime({ offset: true }),
    }),
  ),
});

/** A version 1 progress document. */
export type ProgressDocumentV1 = z.infer<typeof progressDocumentV1Schema>;
