import Layout from '@theme/Layout';
import { statement, timeline } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import TimelineChart from '../components/TimelineChart';
import TimelineList from '../components/TimelineList';
import styles from './timeline.module.css';

const events = timeline();

/** The timeline: from the UN Security Council resolutions to the meeting and what followed. */
export default function TimelinePage(): ReactNode {
  return (
    <Layout
      title="Timeline"
      description="Dated events around the June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting: the UN Security Council resolutions on the DPRK, the arrangement and the agreement the statement names, the meeting, and what happened after it, each with sources."
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>Timeline</h1>
        <p className={styles.intro}>
          The events the statement builds on, from the first UN Security Council resolutions on the
          DPRK, to the meeting in {statement.place} on{' '}
          <time dateTime={statement.date}>{statement.dateText}</time>, and what happened after it.
          Dates are given only as precisely as the sources give them.
        </p>
        <TimelineChart events={events} meetingEntityId={statement.id} />
        <TimelineList events={events} meetingEntityId={statement.id} />
      </main>
    </Layout>
  );
}
