import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import styles from '../../css/data-table.module.css';
import { RESULT_TERMS } from '../QuizPlayer/result-words';

/**
 * The words a learner reads after a quiz and what each means, printed from the vocabulary the
 * player itself uses, so that the guide and the results never drift apart.
 */
export default function ResultVocabulary(): ReactNode {
  return (
    <table className={styles.table} data-result-vocabulary="">
      <caption>The words of a quiz’s results</caption>
      <thead>
        <tr>
          <th scope="col">Words shown</th>
          <th scope="col">What they mean</th>
        </tr>
      </thead>
      <tbody>
        {RESULT_TERMS.map((entry) => (
          <tr key={entry.term}>
            <th scope="row">{entry.term}</th>
            <td>
              <InlineMarkdown text={entry.meaning} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
