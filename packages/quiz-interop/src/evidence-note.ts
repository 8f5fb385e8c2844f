import type { EvidenceAnchor } from '@tmm/quiz-engine';
import { describePlace, type SourceText } from './statement-index';

/** The words that open the evidence note of every exported question's general feedback. */
export const EVIDENCE_LABEL = 'Evidence in the statement:';

/**
 * The evidence note of a question: each anchor's quotation and its place, so that a question
 * used in an LMS still points to the statement's words.
 * @example evidenceNote([{ paragraph: 'p1', exact: 'in Singapore' }], source)
 * // 'Evidence in the statement: “in Singapore” (paragraph 1, sentence 1).'
 */
export function evidenceNote(
  anchors: readonly EvidenceAnchor[],
  source: SourceText,
): string | undefined {
  if (anchors.length === 0) return undefined;
  const quotes = anchors.map((anchor) => {
    const place = source.locate(anchor);
    return `“${anchor.exact}” (${place ? describePlace(place) : `paragraph ${anchor.paragraph}`})`;
  });
  return `${EVIDENCE_LABEL} ${quotes.join('; ')}.`;
}

const QUOTE = /“([^”]+)” \(paragraph (\d+)(?:, sentences? [\d–, ]+)?\)/g;

/**
 * Splits a general feedback into the explanation and the evidence anchors its note quotes (the
 * reverse of `evidenceNote`); an anchor whose paragraph the source does not know is left out.
 */
export function splitEvidenceNote(
  text: string,
  source: Pick<SourceText, 'paragraphId'>,
): { explanation?: string; evidence: EvidenceAnchor[] } {
  const at = text.lastIndexOf(EVIDENCE_LABEL);
  if (at < 0) return { ...(text.trim() ? { explanation: text.trim() } : {}), evidence: [] };
  const explanation = text.slice(0, at).trim();
  const evidence: EvidenceAnchor[] = [];
  for (const match of text.slice(at).matchAll(QUOTE)) {
    const paragraph = source.paragraphId(Number(match[2]));
    if (paragraph !== undefined && match[1]) evidence.push({ paragraph, exact: match[1] });
  }
  return { ...(explanation ? { explanation } : {}), evidence };
}
