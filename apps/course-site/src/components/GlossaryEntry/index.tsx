import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { resolveAnchor, type Source, type TextQuoteAnchor } from '@tmm/statement-content';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import SourceList from '../SourceList';
import styles from './styles.module.css';

interface GlossaryEntryProps {
  /** The element id that `/glossary#id` links to. */
  readonly anchorId: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  /** A short line under the name, e.g. the kind and date of a name. */
  readonly meta?: ReactNode;
  readonly definition: string;
  readonly sources: readonly Source[];
  readonly anchors: readonly TextQuoteAnchor[];
  readonly later?: boolean;
}

/** One glossary entry: the words, what they mean, where that comes from and where they are used. */
export default function GlossaryEntry({
  anchorId,
  name,
  aliases = [],
  meta,
  definition,
  sources,
  anchors,
  later = false,
}: GlossaryEntryProps): ReactNode {
  const places = anchors.flatMap((anchor) => {
    const resolved = resolveAnchor(anchor);
    const sentenceId = resolved.ok ? resolved.value.sentenceIds[0] : undefined;
    return sentenceId === undefined ? [] : [{ sentenceId, exact: anchor.exact }];
  });
  return (
    <article className={clsx(styles.entry, later && styles.later)}>
      <Heading as="h3" id={anchorId} className={styles.name}>
        {name}
      </Heading>
      {later ? <p className={styles.laterLabel}>Later: after the meeting</p> : null}
      {meta === undefined ? null : <p className={styles.meta}>{meta}</p>}
      {aliases.length === 0 ? null : <p className={styles.meta}>Also: {aliases.join('; ')}</p>}
      <p className={styles.definition}>{definition}</p>
      <SourceList sources={sources} />
      {places.length === 0 ? null : (
        <div className={styles.places}>
          <p className={styles.placesLabel}>In the statement:</p>
          <ul className={styles.placeList}>
            {places.map(({ sentenceId, exact }) => {
              const [paragraph = '', sentence = ''] = sentenceId.slice(1).split('.s');
              return (
                <li key={`${sentenceId}|${exact}`}>
                  <Link to={`/statement#${sentenceId}`}>
                    paragraph {paragraph}, sentence {sentence}
                  </Link>{' '}
                  <q className={styles.quote}>{exact}</q>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </article>
  );
}
