import Link from '@docusaurus/Link';
import {
  type Anchored,
  type ContextNote,
  formatDate,
  type ParagraphId,
} from '@tmm/statement-content';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import SourceList from '../SourceList';
import styles from './styles.module.css';

interface ContextNotesProps {
  readonly paragraphId: ParagraphId;
  readonly notes: readonly Anchored<ContextNote>[];
}

// Quote the anchored words only while they stay short; longer passages are linked instead.
const MAX_QUOTE = 90;

/**
 * Background to a paragraph and what happened after the meeting, each with its sources. Each
 * note folds open from its title (native `<details>`, so it works without JavaScript); notes on
 * later events say "Later:" and have a dashed frame of their own colour.
 */
export default function ContextNotes({ paragraphId, notes }: ContextNotesProps): ReactNode {
  if (notes.length === 0) return null;
  const headingId = `${paragraphId}-context`;
  return (
    <section className={styles.context} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        Context
      </h4>
      <ul className={styles.notes}>
        {notes.map(({ annotation: note, ranges }) => {
          const later = note.kind === 'what-happened-next';
          const range = ranges[0];
          const sentenceId = range?.sentenceIds[0];
          return (
            <li
              key={note.id}
              className={clsx(styles.note, later ? styles.later : styles.background)}
            >
              <details>
                <summary className={styles.summary}>
                  <span className={styles.label}>{later ? 'Later:' : 'Background:'}</span>{' '}
                  <span className={styles.title}>{note.title}</span>
                  {note.date === undefined ? null : (
                    <>
                      {' '}
                      (<time dateTime={note.date}>{formatDate(note.date)}</time>)
                    </>
                  )}
                </summary>
                <p className={styles.body}>{note.body}</p>
                {range === undefined || sentenceId === undefined ? null : (
                  <p className={styles.about}>
                    About {range.exact.length <= MAX_QUOTE ? <q>{range.exact}</q> : 'this passage'}:{' '}
                    <Link to={`#${sentenceId}`}>show in the text</Link>
                  </p>
                )}
                <SourceList sources={note.sources} />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
