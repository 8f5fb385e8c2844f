import Link from '@docusaurus/Link';
import type { EvidenceAnchor } from '@tmm/quiz-engine';
import type { ReactNode } from 'react';
import { evidenceSentences } from '../../../shared/statement-anchor';
import { describeSentences } from '../../lib/sentence-places';
import styles from './styles.module.css';

/**
 * The reader's address that highlights these sentences and scrolls to the first:
 * `/statement?highlight=p3.s1,p3.s2#p3.s1`.
 */
export function statementHref(sentenceIds: readonly string[]): string {
  const [first] = sentenceIds;
  return first === undefined
    ? '/statement'
    : `/statement?highlight=${sentenceIds.join(',')}#${first}`;
}

/** "Show in the text": a link to the question's evidence, highlighted in the annotated reader. */
export default function EvidenceLink({
  evidence,
}: {
  readonly evidence: readonly EvidenceAnchor[];
}): ReactNode {
  const sentences = evidenceSentences(evidence);
  if (sentences.length === 0) return null;
  return (
    <p className={styles.evidenceLink}>
      <Link to={statementHref(sentences)} data-evidence={sentences.join(',')}>
        Show in the text
        <span className={styles.where}> ({describeSentences(sentences)})</span>
      </Link>
    </p>
  );
}
