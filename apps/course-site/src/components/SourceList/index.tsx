import type { Source } from '@tmm/statement-content';
import { formatDate } from '@tmm/statement-content';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface SourceListProps {
  readonly sources: readonly Source[];
  readonly className?: string;
}

/** The citations behind a fact, as plain links to their publishers' pages. */
export default function SourceList({ sources, className }: SourceListProps): ReactNode {
  if (sources.length === 0) return null;
  return (
    <div className={clsx(styles.sources, className)}>
      <p className={styles.label}>{sources.length === 1 ? 'Source' : 'Sources'}:</p>
      <ul className={styles.list}>
        {sources.map((source) => (
          <li key={`${source.title}|${source.url ?? ''}`}>
            {source.url === undefined ? (
              <cite>{source.title}</cite>
            ) : (
              <a href={source.url}>
                <cite>{source.title}</cite>
              </a>
            )}
            {source.publisher === undefined ? null : <>, {source.publisher}</>}
            {source.date === undefined ? null : <>, {formatDate(source.date)}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}
