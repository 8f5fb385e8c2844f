import type { EvidenceAnchor } from '../quiz';
import type { QuizDocument } from './quiz-schema';
import type { Report } from './semantic-checks';
import type { DocumentPath } from './source-locator';

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

/** Sentence ids resolved for a select-evidence question. */
export interface ResolvedSentences {
  readonly sentenceIds: readonly string[];
  readonly evidenceSentenceIds: readonly string[];
}

/** Calls the resolver; a throwing resolver is reported, never propagated. */
function ask(resolve: ResolveReference, reference: Reference): Resolution {
  try {
    return resolve(reference);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `the resolve callback failed on this reference: ${reason}` };
  }
}

/**
 * Checks every reference of the quiz through `resolve`, reporting failures at the reference,
 * and returns the sentence ids of select-evidence questions by question index.
 */
export function checkReferences(
  document: QuizDocument,
  resolve: ResolveReference,
  report: Report,
): Map<number, ResolvedSentences> {
  const resolved = new Map<number, ResolvedSentences>();
  const check = (path: DocumentPath, reference: Reference) => {
    const result = ask(resolve, reference);
    if (!result.ok) report(path, result.message);
    return result.ok ? (result.sentenceIds ?? []) : undefined;
  };
  document.questions.forEach((question, index) => {
    const path = ['questions', index];
    for (const [k, id] of question.keyPoints.entries())
      check([...path, 'keyPoints', k], { kind: 'keyPoint', id });
    for (const [k, id] of question.glossary.entries())
      check([...path, 'glossary', k], { kind: 'glossary', id });
    const evidence = question.evidence.map((anchor, k) =>
      check([...path, 'evidence', k], { kind: 'evidence', anchor }),
    );
    if (question.type !== 'select-evidence') return;
    const passage = question.passage.map((paragraph, k) =>
      check([...path, 'passage', k], { kind: 'passage', paragraph }),
    );
    const offered = passage.flatMap((ids) => ids ?? []);
    const inPassage = new Set(offered);
    let complete = passage.every((ids) => ids !== undefined);
    passage.forEach((ids, k) => {
      if (ids?.length === 0) {
        complete = false;
        report(
          [...path, 'passage', k],
          'the resolve callback gave no sentences for this paragraph',
        );
      }
    });
    evidence.forEach((ids, k) => {
      if (ids === undefined) complete = false;
      else if (ids.length === 0) {
        complete = false;
        report(
          [...path, 'evidence', k],
          'the resolve callback gave no sentences for this evidence',
        );
      } else if (passage.every((p) => p !== undefined)) {
        const outside = ids.filter((id) => !inPassage.has(id));
        if (outside.length > 0) {
          complete = false;
          report(
            [...path, 'evidence', k],
            `this evidence lies in ${outside.join(', ')}, outside the passage (${question.passage.join(', ')}); add its paragraph to 'passage'`,
          );
        }
      }
    });
    if (complete) {
      const chosen = new Set(evidence.flatMap((ids) => ids ?? []));
      resolved.set(index, {
        sentenceIds: [...inPassage],
        evidenceSentenceIds: offered.filter((id, i) => chosen.has(id) && offered.indexOf(id) === i),
      });
    }
  });
  return resolved;
}
