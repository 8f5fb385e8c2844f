import type { Report } from './check-helpers';
import type { QuizDocument } from './quiz-schema';
import type { Reference, Resolution, ResolveReference } from './references';
import { authoringOf } from './semantic-checks';
import type { DocumentPath } from './source-locator';

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
 * Checks every reference of the quiz through `resolve` (key points, glossary terms, evidence,
 * then what each question's type asks for), reporting failures at the reference. Returns, by
 * question index, the fields a type takes from the content (a select-evidence question's
 * sentences). With `'unchecked'` only the types that cannot do without a resolver speak.
 */
export function checkReferences(
  document: QuizDocument,
  resolve: ResolveReference | 'unchecked',
  report: Report,
): Map<number, object> {
  const resolved = new Map<number, object>();
  const check = (path: DocumentPath, reference: Reference) => {
    if (resolve === 'unchecked') return undefined;
    const result = ask(resolve, reference);
    if (!result.ok) report(path, result.message);
    return result.ok ? (result.sentenceIds ?? []) : undefined;
  };
  document.questions.forEach((question, index) => {
    const path = ['questions', index];
    const typeResolve = authoringOf(question).resolve;
    if (resolve !== 'unchecked') {
      for (const [k, id] of question.keyPoints.entries())
        check([...path, 'keyPoints', k], { kind: 'keyPoint', id });
      for (const [k, id] of question.glossary.entries())
        check([...path, 'glossary', k], { kind: 'glossary', id });
    }
    const evidence = question.evidence.map((anchor, k) =>
      check([...path, 'evidence', k], { kind: 'evidence', anchor }),
    );
    const fields = typeResolve?.(
      question,
      path,
      resolve === 'unchecked' ? 'unchecked' : { ask: check, evidence },
      report,
    );
    if (fields) resolved.set(index, fields);
  });
  return resolved;
}
