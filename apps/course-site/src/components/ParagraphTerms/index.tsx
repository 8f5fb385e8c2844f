import Link from '@docusaurus/Link';
import type { Anchored, Entity, GlossaryTerm } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import { glossaryHref } from '../../lib/glossary-href';
import styles from './styles.module.css';

interface ParagraphTermsProps {
  readonly terms: readonly Anchored<GlossaryTerm>[];
  readonly entities: readonly Anchored<Entity>[];
}

/**
 * The terms and names of one paragraph with their definitions, as static HTML: it works without
 * JavaScript, where the buttons in the text cannot open their panels.
 */
export default function ParagraphTerms({ terms, entities }: ParagraphTermsProps): ReactNode {
  const count = terms.length + entities.length;
  if (count === 0) return null;
  return (
    <details className={styles.terms}>
      <summary className={styles.summary}>Terms and names in this paragraph ({count})</summary>
      <dl className={styles.list}>
        {terms.map(({ annotation: term }) => (
          <div key={`term-${term.id}`} className={styles.entry}>
            <dt>
              <Link to={glossaryHref({ termId: term.id })}>{term.term}</Link>
            </dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
        {entities.map(({ annotation: named }) => (
          <div key={`entity-${named.id}`} className={styles.entry}>
            <dt>
              <Link to={glossaryHref({ entityId: named.id })}>{named.name}</Link>
            </dt>
            <dd>{named.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
