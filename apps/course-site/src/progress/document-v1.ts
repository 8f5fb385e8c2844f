import * as z from 'zod/mini';
import { lazily } from '../../shared/lazily';
import '../../shared/zod-english';

// Frozen: version 1 documents exist in learners' browsers, so this schema never changes.

const buildV1Schema = () =>
  z.object({
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

/**
 * The version 1 progress document: only each quiz's best score. Built on first use, like the
 * current schemas: only a learner with version 1 data ever needs it.
 */
export const progressDocumentV1Schema: () => ReturnType<typeof buildV1Schema> =
  lazily(buildV1Schema);

/** A version 1 progress document. */
export type ProgressDocumentV1 = z.infer<ReturnType<typeof buildV1Schema>>;
