import Link from '@docusaurus/Link';
import type { Participant } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import { glossaryHref } from '../../lib/glossary-href';
import styles from './styles.module.css';

interface ParticipantsProps {
  readonly participants: readonly Participant[];
}

/** The ministers who issued the statement, each with the office the statement gives. */
export default function Participants({ participants }: ParticipantsProps): ReactNode {
  return (
    <ul className={styles.participants}>
      {participants.map((participant) => (
        <li key={participant.id} className={styles.participant}>
          <Link className={styles.name} to={glossaryHref({ entityId: participant.entityId })}>
            {participant.name}
          </Link>
          <span className={styles.office}>{participant.office}</span>
        </li>
      ))}
    </ul>
  );
}
