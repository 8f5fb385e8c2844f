import type { EvidenceAnchor } from '../evidence-anchor';

/** Something outside the quiz that a quiz file refers to, for the caller to check. */
export type Reference =
  | { readonly kind: 'evidence'; readonly anchor: EvidenceAnchor }
  | { readonly kind: 'keyPoint'; readonly id: string }
  | { readonly kind: 'glossary'; readonly id: string }
  | { readonly kind: 'passage'; readonly paragraph: string };

/**
 * The answer of a resolver. For `evidence` and `passage` references, `sentenceIds` lists the
 * sentences covered (required by select-evidence questions). A failure's `message` is reported
 * at the reference, so it should say what is wrong and how to fix it.
 */
export type Resolution =
  | { readonly ok: true; readonly sentenceIds?: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** Checks one reference against the course content. */
export type ResolveReference = (reference: Reference) => Resolution;
