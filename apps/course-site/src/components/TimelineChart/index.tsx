import type { TimelineEvent } from '@tmm/statement-content';
import { formatDate } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface TimelineChartProps {
  /** Events in date order: the same list the page sets out in words below the chart. */
  readonly events: readonly TimelineEvent[];
  /** The entity id of the meeting itself. */
  readonly meetingEntityId: string;
}

type Kind = 'before' | 'meeting' | 'later';

const LABEL_WIDTH = 44;
const WIDTH = 360;
const ROW = 18;
const LANE = 13;
const MARK = 5;

/** Where in its year an event falls, 0 to 1; a date given as a month or a year sits at its start. */
function placeInYear(date: string): number {
  const [, month = '01', day = '01'] = date.split('-');
  return (Number(month) - 1 + (Number(day) - 1) / 31) / 12;
}

/** One mark per kind, each its own shape, so the kinds never rest on colour alone. */
function Mark({ kind, x, y }: { readonly kind: Kind; readonly x: number; readonly y: number }) {
  if (kind === 'meeting')
    return (
      <path
        d={`M${x} ${y - MARK - 2} L${x + MARK + 2} ${y} L${x} ${y + MARK + 2} L${x - MARK - 2} ${y} z`}
        className={styles.meeting}
      />
    );
  return (
    <circle cx={x} cy={y} r={MARK} className={kind === 'later' ? styles.later : styles.before} />
  );
}

/**
 * The timeline drawn: a row for each year from the first event to the last, each event a mark
 * at its place in its year (events close in time side by side in lanes); before the meeting a
 * filled dot, the meeting a diamond, after it a ring. The list below says everything in words;
 * the chart's text alternative says what it shows.
 */
export default function TimelineChart({ events, meetingEntityId }: TimelineChartProps): ReactNode {
  const years = events.map((event) => Number(event.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const plotWidth = WIDTH - LABEL_WIDTH - 20;
  const rows: {
    year: number;
    top: number;
    height: number;
    marks: { key: string; x: number; y: number; kind: Kind }[];
  }[] = [];
  let top = 4;
  for (let year = first; year <= last; year += 1) {
    const lanes: number[] = [];
    const marks = events
      .filter((event) => Number(event.date.slice(0, 4)) === year)
      .map((event) => {
        const x = LABEL_WIDTH + 6 + placeInYear(event.date) * plotWidth;
        let lane = lanes.findIndex((end) => end + 2 * MARK + 4 <= x);
        if (lane === -1) {
          lanes.push(x);
          lane = lanes.length - 1;
        } else lanes[lane] = x;
        const kind: Kind =
          event.entityId === meetingEntityId ? 'meeting' : event.later ? 'later' : 'before';
        return { key: event.id, x, lane, kind };
      });
    const height = Math.max(ROW, lanes.length * LANE + 6);
    rows.push({
      year,
      top,
      height,
      marks: marks.map(({ key, x, lane, kind }) => ({
        key,
        x,
        kind,
        y: top + (height - (lanes.length - 1) * LANE) / 2 + lane * LANE,
      })),
    });
    top += height;
  }
  const meeting = events.find((event) => event.entityId === meetingEntityId);
  const before = events.filter((event) => !event.later && event !== meeting).length;
  const later = events.filter((event) => event.later).length;
  const summary = `${events.length} events from ${first} to ${last}, a row for each year: ${before} before the meeting${
    meeting === undefined ? '' : `, the meeting on ${formatDate(meeting.date)}`
  }, and ${later} after it. Most fall in ${busiestYear(years)}. The list below gives each one.`;
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${top + 4}`}
        role="img"
        aria-labelledby="timeline-chart-summary"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>The timeline at a glance</title>
        {rows.map((row) => (
          <g key={row.year}>
            <line
              x1={LABEL_WIDTH}
              x2={WIDTH - 4}
              y1={row.top + row.height / 2}
              y2={row.top + row.height / 2}
              className={styles.axis}
            />
            <text x={LABEL_WIDTH - 8} y={row.top + row.height / 2 + 4} className={styles.year}>
              {row.year}
            </text>
            {row.marks.map((mark) => (
              <Mark key={mark.key} kind={mark.kind} x={mark.x} y={mark.y} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption id="timeline-chart-summary" className={styles.caption}>
        {summary}
      </figcaption>
      <ul className={styles.legend} aria-label="Marks">
        {(
          [
            ['before', 'Before the meeting'],
            ['meeting', 'The meeting'],
            ['later', 'Later: after the meeting'],
          ] as const
        ).map(([kind, label]) => (
          <li key={kind}>
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <Mark kind={kind} x={10} y={10} />
            </svg>{' '}
            {label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The year with the most events. */
function busiestYear(years: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}
