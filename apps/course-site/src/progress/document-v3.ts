import type * as z from 'zod/mini';
import { lazily } from '../../shared/lazily';
import { progressSchemasV2 } from './document-v2';

// Frozen: version 3 documents exist in learners' browsers and exports. Version 3 had version 2's
// shape (it changed what a review attempt means, see `migrateV2ToV3`), so it is built from
// version 2's frozen parts.

/** The version 3 document schema, built once, on first use. */
export const progressDocumentV3Schema = lazily(() => progressSchemasV2().progressDocumentOf(3));

/** A version 3 progress document. */
export type ProgressDocumentV3 = z.infer<ReturnType<typeof progressDocumentV3Schema>>;
