import Link from '@docusaurus/Link';
import {
  type ContextNote,
  contextNote,
  formatDate,
  type Source,
  sentencesCovered,
} from '@tmm/statement-content';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { describeSentences, readerHref } from '../../lib/sentence-places';
import styles from './styles.module.css';

interface LessonContextNotesProps {
  /** Context note ids, in the order the lesson shows them. */
  readonly ids: readonly string[];
}

function noteOrThrow(id: string): ContextNote {
  const note = contextNote(id);
  // An unknown id in a lesson must fail the build rather than drop a note silently.
  if (note === undefined)
    throw new RangeError(`LessonContextNotes: there is no context note '${id}'.`);
  return note;
}

function Citation({ source }: { readonly source: Source }): ReactNode {
  const title = <cite>{source.title}</cite>;
  return (
    <li>
      {source.url === undefined ? title : <a href={source.url}>{title}</a>}
      {source.publisher === undefined ? null : <>, {source.publisher}</>}
      {source.date === undefined ? null : <>, {formatDate(source.date)}</>}
    </li>
  );
}

/**
 * Background to a lesson's paragraphs and what happened after the meeting, with sources; notes
 * on later events are headed "Later:" and framed apart, so colour is never the only sign.
 */
export default function LessonContextNotes({ ids }: LessonContextNotesProps): ReactNode {
  const notes = ids.map(noteOrThrow);
  return (
    <ul className={styles.notes}>
      {notes.map((note) => {
        const later = note.kind === 'what-happened-next';
        const passage = sentencesCovered(note.anchors);
        return (
          <li
            key={note.id}
            className={clsx(styles.note, later ? styles.later : styles.background)}
            data-context-note={note.id}
          >
            <h3 className={styles.title}>
              <span className={styles.label}>{later ? 'Later:' : 'Background:'}</span> {note.title}
            </h3>
            {note.date === undefined ? null : (
              <p className={styles.date}>
                <time dateTime={note.date}>{formatDate(note.date)}</time>
              </p>
            )}
            <p className={styles.body}>{note.body}</p>
            {passage.length === 0 ? null : (
              <p className={styles.passage}>
                <Link to={readerHref(passage)}>
                  The passage it explains, in the annotated reader ({describeSentences(passage)})
                </Link>
              </p>
            )}
            <div className={styles.sources}>
              <p className={styles.sourcesLabel}>
                {note.sources.length === 1 ? 'Source' : 'Sources'}:
              </p>
              <ul className={styles.sourceList}>
                {note.sources.map((source) => (
                  <Citation key={`${source.title}|${source.url ?? ''}`} source={source} />
                ))}
              </ul>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
