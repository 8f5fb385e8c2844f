import { formatError, type QuizError } from '@tmm/quiz-engine';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface QuizErrorsProps {
  /** The problems of one quiz file, as the quiz plugin found them. */
  readonly errors: readonly QuizError[];
}

/** The errors of a quiz file, as `docusaurus start` shows them where the quiz is embedded. */
export default function QuizErrors({ errors }: QuizErrorsProps): ReactNode {
  return (
    <div className={styles.errors} role="alert">
      <p className={styles.heading}>
        <strong>
          This quiz cannot be shown: its file has{' '}
          {errors.length === 1 ? 'an error' : `${errors.length} errors`}.
        </strong>{' '}
        Fix the file and save it; this page reloads by itself. The production build fails until
        then.
      </p>
      <ul className={styles.list}>
        {errors.map((error) => {
          const line = formatError(error);
          return (
            <li key={line}>
              <code>{line}</code>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
