import type { Quiz } from '@tmm/quiz-engine';
import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode, RefObject } from 'react';
import { quizRules } from './quiz-rules';
import styles from './styles.module.css';

interface IntroScreenProps {
  readonly quiz: Quiz;
  /** Questions in an attempt (after any pool draw). */
  readonly count: number;
  /** Whether the quiz can start (JavaScript is running); the server render says it cannot. */
  readonly ready: boolean;
  /**
   * Why a quiz that is not ready cannot start yet, in a browser: its code is still on its way,
   * or it could not be fetched (then `onRetry` fetches it again). Without it: no JavaScript.
   */
  readonly pending?: 'loading' | 'failed';
  readonly onRetry?: () => void;
  /** Number of this attempt; more than 1 after a retry. */
  readonly attempt?: number;
  /** Lines about earlier work: the last result, a restored or changed attempt. */
  readonly notes?: readonly string[];
  readonly startRef?: RefObject<HTMLButtonElement | null>;
  readonly onStart?: () => void;
}

/** Before the quiz: what it is about, how many questions, how it gives feedback and marks, Start. */
export default function IntroScreen({
  quiz,
  count,
  ready,
  pending,
  onRetry,
  attempt = 1,
  notes = [],
  startRef,
  onStart,
}: IntroScreenProps): ReactNode {
  return (
    <div className={styles.screen}>
      {quiz.description && (
        <p>
          <InlineMarkdown text={quiz.description} />
        </p>
      )}
      <ul className={styles.rules}>
        <li>
          <strong>
            {count} {count === 1 ? 'question' : 'questions'}.
          </strong>
        </li>
        {quizRules(quiz).map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      {notes.map((note) => (
        <p key={note} className={styles.notice}>
          {note}
        </p>
      ))}
      {ready ? (
        <p className={styles.actions}>
          <button ref={startRef} type="button" className="button button--primary" onClick={onStart}>
            {attempt > 1 ? 'Start a new attempt' : 'Start the quiz'}
          </button>
        </p>
      ) : pending === 'loading' ? (
        <p className={styles.notice} data-quiz-pending="loading">
          Loading the quiz…
        </p>
      ) : pending === 'failed' ? (
        <div role="alert" className={styles.notice} data-quiz-pending="failed">
          <p>
            The quiz could not be loaded: its code did not arrive. Check your connection, then try
            again; your saved progress is safe.
          </p>
          <p className={styles.actions}>
            <button type="button" className="button button--primary" onClick={onRetry}>
              Try loading the quiz again
            </button>
          </p>
        </div>
      ) : (
        <p className={styles.notice}>
          This quiz needs JavaScript. Turn JavaScript on to take it; the lesson and the annotated
          statement work without it.
        </p>
      )}
    </div>
  );
}
