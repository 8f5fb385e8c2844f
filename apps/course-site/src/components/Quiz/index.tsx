import type { ReactNode } from 'react';
import { formatProblem, type Problem } from '../../../plugins/quizzes/problem';
import { isQuizErrors, type QuizModule } from '../../../plugins/quizzes/quiz-module';
import QuizPlayer from '../QuizPlayer';
import styles from './styles.module.css';

interface QuizProps {
  /** The quiz's module, imported for this page by the quiz remark plugin from `<Quiz id="…" />`. */
  readonly quiz: QuizModule;
}

/** The errors of a quiz file, as `docusaurus start` shows them where the quiz is embedded. */
export function QuizErrors({ errors }: { readonly errors: readonly Problem[] }): ReactNode {
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
          const line = formatProblem(error);
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

/** A quiz embedded in a page with `<Quiz id="…" />`: the player, or in development the file's errors. */
export default function Quiz({ quiz }: QuizProps): ReactNode {
  if (isQuizErrors(quiz)) return <QuizErrors errors={quiz.errors} />;
  return <QuizPlayer quiz={quiz} />;
}
