import type { EvidenceAnchor } from '@tmm/quiz-engine';
import type { SentenceId } from '@tmm/statement-content';
import { statementAnchor } from '../../../shared/statement-anchor';
import { sentencesCovered } from '../../lib/sentence-places';

/**
 * The statement's sentences that a question's evidence anchors cover, in reading order. The
 * build has checked every anchor, so none is dropped in practice.
 */
export function evidenceSentences(anchors: readonly EvidenceAnchor[]): SentenceId[] {
  return sentencesCovered(anchors.flatMap((anchor) => statementAnchor(anchor) ?? []));
}
