import type { QuizEvent } from '@tmm/quiz-engine';
import type { QuizView } from '@tmm/quiz-engine/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import styles from './styles.module.css';

interface FinishConfirmationProps {
  readonly answered: number;
  readonly count: number;
  readonly onFinish: () => void;
  readonly onCancel: () => void;
}

/** Asks before a test attempt is graded: answers cannot change afterwards. Takes focus when shown. */
export default function FinishConfirmation({
  answered,
  count,
  onFinish,
  onCancel,
}: FinishConfirmationProps): ReactNode {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), []);
  const unanswered = count - answered;
  return (
    <div className={styles.confirm}>
      <p ref={message} tabIndex={-1} className={styles.confirmMessage}>
        You have answered {answered} of {count} questions.
        {unanswered > 0 &&
          ` ${unanswered === 1 ? 'One question is' : `${unanswered} questions are`} not answered and will earn no marks.`}{' '}
        Finish the attempt and see your results? You cannot change your answers after that.
      </p>
      <p className={styles.actions}>
        <button type="button" className="button button--primary" onClick={onFinish}>
          Finish and see my results
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Keep answering
        </button>
      </p>
    </div>
  );
}

/**
 * The Finish button's props and, once it is pressed, the confirmation to show; Keep answering
 * returns focus to the button. Both the question screen and the answers summary of a test use it.
 */
export function useFinishConfirmation(view: QuizView, send: (event: QuizEvent) => void) {
  const [confirming, setConfirming] = useState(false);
  const finishButton = useRef<HTMLButtonElement>(null);
  return {
    finishButtonProps: {
      ref: finishButton,
      type: 'button',
      'aria-expanded': confirming,
      onClick: () => setConfirming(true),
    } as const,
    confirmation: confirming ? (
      <FinishConfirmation
        answered={view.answered}
        count={view.navigator.length}
        onFinish={() => send({ type: 'quiz.finish' })}
        onCancel={() => {
          setConfirming(false);
          finishButton.current?.focus();
        }}
      />
    ) : null,
  };
}
