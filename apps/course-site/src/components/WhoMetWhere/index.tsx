import { entity, formatDate, statement, timeline } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

// Every word of the picture comes from the content package: the participants and their states
// from the statement, the meeting's name from its entity, the Shangri-La Dialogue from the
// timeline. A fact the package stops holding fails the build here, never a silent gap.
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`WhoMetWhere: the statement content has no ${what}`);
  return value;
}

/** A state's short name: "Republic of Korea (ROK)" is drawn as "Republic of Korea". */
const shortName = (name: string) => name.replace(/\s*\([^)]*\)$/, '');

/** "the United States", "the Republic of Korea", but "Japan". */
const withArticle = (name: string) => (/^(United|Republic)\b/.test(name) ? `the ${name}` : name);

const delegations = statement.participants.map((participant) => ({
  id: participant.id,
  minister: participant.name,
  state: shortName(required(entity(participant.state), `state ${participant.state}`).name),
}));
const meeting = required(entity(statement.id), `meeting entity ${statement.id}`);
const meetingName = meeting.name.replace(/\s+of\s+.*$/, '');
const dialogue = required(
  timeline().find((event) => /Shangri-La Dialogue/.test(event.title)),
  'timeline event of the Shangri-La Dialogue',
);
const dialogueName = dialogue.title.replace(/\s+opens\s+in\s+.*$/, '');

/** The sentence the picture says, for those who do not see it. */
export const whoMetWhereText = `${delegations
  .map(({ minister, state }) => `${minister} of ${withArticle(state)}`)
  .join(', ')
  .replace(
    /, ([^,]*)$/,
    ' and $1',
  )} met in ${statement.place} on ${statement.dateText}, at the ${meetingName}, during the ${dialogueName} (opened ${formatDate(dialogue.date)}).`;

const BOX = { width: 126, height: 62, top: 8 } as const;
const GAP = 6;
const VENUE = { x: 45, y: 150, width: 310, height: 96 } as const;

/**
 * Who met where: the three delegations, each from its state, meeting in Singapore. A drawing
 * of relations, not a map; its text alternative is the caption, which says the same in words.
 */
export default function WhoMetWhere(): ReactNode {
  const captionId = 'who-met-where-caption';
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.picture}
        viewBox="0 0 400 256"
        role="img"
        aria-labelledby={captionId}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>Who met where</title>
        <defs>
          <marker
            id="who-met-where-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 L10 5 L0 10 z" className={styles.arrowHead} />
          </marker>
        </defs>
        {delegations.map((delegation, index) => {
          const x = 5 + index * (BOX.width + GAP);
          const centre = x + BOX.width / 2;
          return (
            <g key={delegation.id}>
              <rect
                x={x}
                y={BOX.top}
                width={BOX.width}
                height={BOX.height}
                rx="6"
                className={styles.box}
              />
              <text x={centre} y={BOX.top + 24} className={styles.state}>
                {delegation.state}
              </text>
              <text x={centre} y={BOX.top + 46} className={styles.person}>
                {delegation.minister}
              </text>
              <line
                x1={centre}
                y1={BOX.top + BOX.height}
                x2={VENUE.x + VENUE.width * ((index + 1) / 4)}
                y2={VENUE.y - 2}
                className={styles.route}
                markerEnd="url(#who-met-where-arrow)"
              />
            </g>
          );
        })}
        <rect
          x={VENUE.x}
          y={VENUE.y}
          width={VENUE.width}
          height={VENUE.height}
          rx="10"
          className={styles.venue}
        />
        <text x={200} y={VENUE.y + 28} className={styles.place}>
          {statement.place}, {statement.dateText}
        </text>
        <text x={200} y={VENUE.y + 54} className={styles.person}>
          {meetingName}
        </text>
        <text x={200} y={VENUE.y + 78} className={styles.person}>
          during the {dialogueName}
        </text>
      </svg>
      <figcaption id={captionId} className={styles.caption}>
        {whoMetWhereText}
      </figcaption>
    </figure>
  );
}
