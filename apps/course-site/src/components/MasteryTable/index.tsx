import type { ReactNode } from 'react';
import styles from '../../css/data-table.module.css';
import type { KeyPointMastery } from '../../progress';
import { MASTERY_LEVEL_LABELS, nextStep, percent } from '../../progress/mastery-labels';

interface MasteryTableProps {
  readonly mastery: readonly KeyPointMastery[];
  readonly titleOf: (keyPointId: string) => string;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** Mastery per key point as a table: the accessible form of the chart, with every figure. */
export default function MasteryTable({ mastery, titleOf }: MasteryTableProps): ReactNode {
  return (
    <table className={styles.table} data-mastery-table="">
      <caption>Mastery per key point</caption>
      <thead>
        <tr>
          <th scope="col">Key point</th>
          <th scope="col">Level</th>
          <th scope="col">Score</th>
          <th scope="col">Answers counted</th>
          <th scope="col">Last answered</th>
          <th scope="col">Next step</th>
        </tr>
      </thead>
      <tbody>
        {mastery.map((entry) => (
          <tr key={entry.keyPointId} data-key-point={entry.keyPointId} data-level={entry.level}>
            <th scope="row">{titleOf(entry.keyPointId)}</th>
            <td>{MASTERY_LEVEL_LABELS[entry.level]}</td>
            <td className={styles.number}>{entry.score === null ? '—' : percent(entry.score)}</td>
            <td className={styles.number}>{entry.answers}</td>
            <td>
              {entry.lastAnsweredAt === null ? (
                'Never'
              ) : (
                <time dateTime={entry.lastAnsweredAt}>
                  {dateFormat.format(new Date(entry.lastAnsweredAt))}
                </time>
              )}
            </td>
            <td>{nextStep(entry) ?? 'None: mastered'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
