import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { TimelineEvent } from '@tmm/statement-content';
import { formatDate } from '@tmm/statement-content';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { glossaryHref } from '../../lib/glossary-href';
import SourceList from '../SourceList';
import styles from './styles.module.css';

interface TimelineListProps {
  /** Events in date order. */
  readonly events: readonly TimelineEvent[];
  /** The entity id of the meeting itself, whose entry links to the statement. */
  readonly meetingEntityId: string;
}

/**
 * The dated events as one ordered list. Events after the meeting are marked "Later" and set
 * apart, and the first of them opens with an "After the meeting" divider.
 */
export default function TimelineList({ events, meetingEntityId }: TimelineListProps): ReactNode {
  const { collectAnchor } = useBrokenLinks();
  const firstLater = events.findIndex((event) => event.later);
  return (
    <ol className={styles.timeline}>
      {events.map((event, index) => {
        collectAnchor(event.id);
        const meeting = event.entityId === meetingEntityId;
        return (
          <li
            key={event.id}
            id={event.id}
            className={clsx(styles.event, event.later && styles.later, meeting && styles.meeting)}
          >
            {index === firstLater ? (
              <h2 className={styles.divider} id="after-the-meeting">
                After the meeting
              </h2>
            ) : null}
            <div className={styles.card}>
              <p className={styles.date}>
                {event.later ? <span className={styles.laterLabel}>Later</span> : null}
                {meeting ? <span className={styles.meetingLabel}>The meeting</span> : null}
                <time dateTime={event.date}>{formatDate(event.date)}</time>
              </p>
              <h3 className={styles.title}>{event.title}</h3>
              <p className={styles.description}>{event.description}</p>
              {meeting ? (
                <p className={styles.more}>
                  <Link to="/statement">Read the statement</Link>
                </p>
              ) : event.entityId === undefined ? null : (
                <p className={styles.more}>
                  <Link to={glossaryHref({ entityId: event.entityId })}>In the glossary</Link>
                </p>
              )}
              <SourceList sources={event.sources} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
