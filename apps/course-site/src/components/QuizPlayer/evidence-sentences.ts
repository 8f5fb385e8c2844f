import type { EvidenceAnchor } from '@tmm/quiz-engine';
import { type SentenceId, sentencesCovered } from '@tmm/statement-content';

/**
 * The statement's sentences that a question's evidence anchors cover, in reading order. The
 * build has checked every anchor, so none is dropped in practice.
 */
export function evidenceSentences(anchors: readonly EvidenceAnchor[]): SentenceId[] {
  return sentencesCovered(anchors);
}
