import type { z } from 'zod';
import type { Report } from './check-helpers';
import type { Reference } from './references';
import type { DocumentPath } from './source-locator';

/** A Markdown text field of a question, with its path in the document. */
export interface TextField {
  readonly text: string | undefined;
  readonly path: DocumentPath;
}

/** What a question type's own references are checked with. */
export interface ReferenceCheck {
  /**
   * Asks the resolver about `reference`, reporting a failure at `path`: the sentence ids it
   * covers, or `undefined` when it failed.
   */
  readonly ask: (path: DocumentPath, reference: Reference) => readonly string[] | undefined;
  /** The sentence ids each evidence anchor of the question covers (`undefined` where one failed). */
  readonly evidence: readonly (readonly string[] | undefined)[];
}

/**
 * A question type's authoring side, as Perseus keeps a widget's parser beside its scorer: its
 * piece of the quiz schema, the checks a schema cannot make, its Markdown fields and what it
 * asks the course content for. Used by the parser only (it needs zod); the run-time side is
 * the type's `QuestionTypeModule`.
 */
export interface QuestionAuthoring<S extends z.ZodObject, Resolved extends object = object> {
  /** The type's schema: the common question fields and its own keys, `type` its literal name. */
  readonly schema: S;
  /** Checks beyond the schema (ids, correct options, distinct texts…), reported at `path` and below. */
  readonly check?: (question: z.output<S>, path: DocumentPath, report: Report) => void;
  /** The type's own Markdown fields (beyond prompt, hints, explanation and feedback). */
  readonly textFields?: (question: z.output<S>, path: DocumentPath) => readonly TextField[];
  /**
   * What the type takes from the course content beyond the common references (key points,
   * glossary, evidence), as fields of the run-time question; `undefined` when something it
   * needs failed (and was reported at `path` and below). Called with `'unchecked'` when the
   * caller parses without a resolver.
   */
  readonly resolve?: (
    question: z.output<S>,
    path: DocumentPath,
    references: ReferenceCheck | 'unchecked',
    report: Report,
  ) => Resolved | undefined;
}
