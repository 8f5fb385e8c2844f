import type { Publication } from '@tmm/statement-content';
import { formatDate } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface PublicationsProps {
  readonly publications: readonly Publication[];
}

const LANGUAGE_NAMES: Record<Publication['language'], string> = { en: 'English', ja: 'Japanese' };

/** Where the statement was officially published, with the date each page carries. */
export default function Publications({ publications }: PublicationsProps): ReactNode {
  return (
    <ul className={styles.publications}>
      {publications.map((publication) => (
        <li key={publication.id} className={styles.publication}>
          <a href={publication.url} hrefLang={publication.language}>
            {publication.publisher}
          </a>{' '}
          ({LANGUAGE_NAMES[publication.language]}), dated{' '}
          <time dateTime={publication.date}>{formatDate(publication.date)}</time>.
          {publication.note === undefined ? null : (
            <span className={styles.note}> {publication.note}</span>
          )}
          {publication.links === undefined || publication.links.length === 0 ? null : (
            <span className={styles.note}>
              {' '}
              The page also links:{' '}
              {publication.links.map((link, index) => (
                <span key={link.label}>
                  {index > 0 ? '; ' : ''}
                  {link.url === undefined ? (
                    <q>{link.label}</q>
                  ) : (
                    <a href={link.url} hrefLang={link.language}>
                      {link.label}
                    </a>
                  )}{' '}
                  ({LANGUAGE_NAMES[link.language]}, {link.format.toUpperCase()})
                </span>
              ))}
              .
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
