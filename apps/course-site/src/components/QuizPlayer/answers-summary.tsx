import type { QuizEvent } from '@tmm/quiz-engine';
import type { QuizView } from '@tmm/quiz-engine/react';
import type { ReactNode, RefObject } from 'react';
import { useFinishConfirmation } from './finish-confirmation';
import QuestionNavigator from './question-navigator';
import styles from './styles.module.css';

interface AnswersSummaryProps {
  readonly view: QuizView;
  readonly send: (event: QuizEvent) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The end of a test before grading: which questions are answered, a way back, and Finish. */
export default function AnswersSummary({ view, send, headingRef }: AnswersSummaryProps): ReactNode {
  const { finishButtonProps, confirmation } = useFinishConfirmation(view, send);
  const count = view.navigator.length;
  return (
    <div className={styles.screen}>
      <h4 ref={headingRef} tabIndex={-1} className={styles.screenHeading}>
        Review your answers
      </h4>
      <p>
        You have answered {view.answered} of {count} questions. Go back to any question to change
        its answer, or finish the attempt to see your results.
      </p>
      <QuestionNavigator
        entries={view.navigator}
        label="Questions of this test"
        onGo={(index) => send({ type: 'question.go', index })}
      />
      <p className={styles.actions}>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => send({ type: 'question.previous' })}
        >
          Back to the last question
        </button>
        <button {...finishButtonProps} className="button button--primary">
          Finish the attempt
        </button>
      </p>
      {confirmation}
    </div>
  );
}
