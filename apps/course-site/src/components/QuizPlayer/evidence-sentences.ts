import type { EvidenceAnchor } from '@tmm/quiz-engine';
import { isParagraphId, type SentenceId, type TextQuoteAnchor } from '@tmm/statement-content';
import { sentencesCovered } from '../../lib/sentence-places';

/** A quiz's evidence anchor as the content package's anchor, when it names a paragraph. */
function contentAnchor(anchor: EvidenceAnchor): TextQuoteAnchor[] {
  const { paragraph, exact, prefix, suffix } = anchor;
  if (!isParagraphId(paragraph)) return [];
  return [{ paragraph, exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) }];
}

/**
 * The statement's sentences that a question's evidence anchors cover, in reading order. The
 * build has checked every anchor, so none is dropped in practice.
 */
export function evidenceSentences(anchors: readonly EvidenceAnchor[]): SentenceId[] {
  return sentencesCovered(anchors.flatMap(contentAnchor));
}
