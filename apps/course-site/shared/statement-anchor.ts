import type { EvidenceAnchor } from '@tmm/quiz-engine';
import {
  isParagraphId,
  type SentenceId,
  sentencesCovered,
  type TextQuoteAnchor,
} from '@tmm/statement-content';

/**
 * A quiz's evidence anchor as the content package's anchor, or null when it names no paragraph
 * of the statement. The one conversion between the two packages' anchors: the build checks
 * quizzes with it, the player and the answer key show evidence with it, and the tests use the
 * build's checker, so they go through it too.
 * @example statementAnchor({ paragraph: 'p3', exact: 'real-time' }) // { paragraph: 'p3', exact: 'real-time' }
 */
export function statementAnchor(anchor: EvidenceAnchor): TextQuoteAnchor | null {
  const { paragraph, exact, prefix, suffix } = anchor;
  if (!isParagraphId(paragraph)) return null;
  return {
    paragraph,
    exact,
    ...(prefix === undefined ? {} : { prefix }),
    ...(suffix === undefined ? {} : { suffix }),
  };
}

/**
 * The statement's sentences that a question's evidence anchors cover, in reading order; an
 * anchor that names no paragraph of the statement covers nothing.
 */
export function evidenceSentences(anchors: readonly EvidenceAnchor[]): SentenceId[] {
  return sentencesCovered(anchors.flatMap((anchor) => statementAnchor(anchor) ?? []));
}
