import type { ReactNode } from 'react';
import styles from '../../css/data-table.module.css';
import type { KeyPointConfidence } from '../../progress';
import { percent } from '../../progress/mastery-labels';

interface SureAndWrongProps {
  /** Per key point; those without a rated answer are left out. */
  readonly confidence: readonly KeyPointConfidence[];
  readonly titleOf: (keyPointId: string) => string;
}

/**
 * Where the learner rated how sure they were: per key point, how often "sure" came with a
 * wrong answer. A high rate points at a misunderstanding rather than a gap.
 */
export default function SureAndWrong({ confidence, titleOf }: SureAndWrongProps): ReactNode {
  const rated = confidence.filter((entry) => entry.rated > 0);
  if (rated.length === 0) {
    return (
      <p data-sure-and-wrong="none">
        None of your answers so far carries a confidence rating. Review sessions ask how sure you
        are before each answer; your ratings then show here.
      </p>
    );
  }
  return (
    <table className={styles.table} data-sure-and-wrong="">
      <caption>Sure and wrong, per key point</caption>
      <thead>
        <tr>
          <th scope="col">Key point</th>
          <th scope="col">Answers rated</th>
          <th scope="col">Rated “sure”</th>
          <th scope="col">Sure but not right</th>
          <th scope="col">Sure-and-wrong rate</th>
        </tr>
      </thead>
      <tbody>
        {rated.map((entry) => (
          <tr key={entry.keyPointId} data-key-point={entry.keyPointId}>
            <th scope="row">{titleOf(entry.keyPointId)}</th>
            <td className={styles.number}>{entry.rated}</td>
            <td className={styles.number}>{entry.sure}</td>
            <td className={styles.number}>{entry.sureAndWrong}</td>
            <td className={styles.number}>
              {entry.sureAndWrongRate === null ? 'Never sure' : percent(entry.sureAndWrongRate)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
