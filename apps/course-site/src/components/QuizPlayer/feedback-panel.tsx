import type { FeedbackView } from '@tmm/quiz-engine/react';
import { InlineMarkdown } from '@tmm/quiz-engine/react';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import EvidenceLink from './evidence-link';
import { percent } from './quiz-rules';
import { ANSWER_WORDS } from './result-words';
import styles from './styles.module.css';

const SYMBOLS = { correct: '✓', partial: '◐', incorrect: '✗', unanswered: '–' } as const;

interface FeedbackPanelProps {
  readonly feedback: FeedbackView;
  /** Tries left in practice behaviour (0 in a test). */
  readonly triesLeft: number;
  readonly penaltyPerTry: number;
  /** The quiz, so that coming back from the reader finds its way back to it. */
  readonly quizId: string;
}

/**
 * Feedback on a graded answer, in words and a symbol (never colour alone): the verdict, the
 * question's feedback and that of the options chosen, what to do next, and once the question is
 * closed its explanation and a link to the evidence in the text.
 */
export default function FeedbackPanel({
  feedback,
  triesLeft,
  penaltyPerTry,
  quizId,
}: FeedbackPanelProps): ReactNode {
  const status = { symbol: SYMBOLS[feedback.status], words: `${ANSWER_WORDS[feedback.status]}.` };
  return (
    <div className={clsx(styles.feedback, styles[feedback.status])} data-feedback={feedback.status}>
      <p className={styles.verdict}>
        <span aria-hidden="true">{status.symbol}</span> <strong>{status.words}</strong>{' '}
        {feedback.message && <InlineMarkdown text={feedback.message} />}
      </p>
      {feedback.notes.length > 0 && (
        <ul className={styles.notes}>
          {feedback.notes.map((note) => (
            <li key={note}>
              <InlineMarkdown text={note} />
            </li>
          ))}
        </ul>
      )}
      {!feedback.final && triesLeft > 0 && (
        <p>
          You have {triesLeft === 1 ? 'one more try' : `${triesLeft} more tries`}
          {penaltyPerTry > 0 ? ` (each costs ${percent(penaltyPerTry)} of the marks)` : ''}: change
          your answer and check it again, or go on.
        </p>
      )}
      {feedback.final && feedback.explanation && (
        <p className={styles.explanation}>
          <strong>Explanation:</strong> <InlineMarkdown text={feedback.explanation} />
        </p>
      )}
      {feedback.final && <EvidenceLink evidence={feedback.evidence} quizId={quizId} />}
    </div>
  );
}
