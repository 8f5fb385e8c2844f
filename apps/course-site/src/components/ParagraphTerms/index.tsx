import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { Anchored, Entity, GlossaryTerm } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import { glossaryHref } from '../../lib/glossary-href';
import { useInSiteLink } from '../../lib/in-site-link';
import styles from './styles.module.css';

interface ParagraphTermsProps {
  readonly terms: readonly Anchored<GlossaryTerm>[];
  readonly entities: readonly Anchored<Entity>[];
}

/**
 * The terms and names of one paragraph with their definitions, as static HTML: it works without
 * JavaScript, where the buttons in the text cannot open their panels. The links to the glossary
 * are plain links with in-site navigation (`useInSiteLink`): the reader has about a hundred.
 */
export default function ParagraphTerms({ terms, entities }: ParagraphTermsProps): ReactNode {
  const { collectLink } = useBrokenLinks();
  const link = useInSiteLink();
  const count = terms.length + entities.length;
  if (count === 0) return null;
  const collected = (href: string) => {
    collectLink(href);
    return href;
  };
  return (
    <details className={styles.terms}>
      <summary className={styles.summary}>Terms and names in this paragraph ({count})</summary>
      <dl className={styles.list}>
        {terms.map(({ annotation: term }) => (
          <div key={`term-${term.id}`} className={styles.entry}>
            <dt>
              <a href={collected(glossaryHref({ termId: term.id }))} {...link}>
                {term.term}
              </a>
            </dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
        {entities.map(({ annotation: named }) => (
          <div key={`entity-${named.id}`} className={styles.entry}>
            <dt>
              <a href={collected(glossaryHref({ entityId: named.id }))} {...link}>
                {named.name}
              </a>
            </dt>
            <dd>{named.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
