import type { NavigatorEntry, NavigatorStatus } from '@tmm/quiz-engine/react';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { ANSWER_WORDS } from './result-words';
import styles from './styles.module.css';

const STATUS_WORDS: Record<NavigatorStatus, string> = {
  unanswered: 'Not answered',
  incomplete: 'Started',
  answered: 'Answered',
  correct: ANSWER_WORDS.correct,
  partial: ANSWER_WORDS.partial,
  incorrect: ANSWER_WORDS.incorrect,
};

interface QuestionNavigatorProps {
  readonly entries: readonly NavigatorEntry[];
  readonly label: string;
  readonly onGo: (index: number) => void;
}

/** The questions of the attempt, each a button to go to it, with how it stands in words. */
export default function QuestionNavigator({
  entries,
  label,
  onGo,
}: QuestionNavigatorProps): ReactNode {
  return (
    <nav aria-label={label} className={styles.navigator}>
      <ol className={styles.navigatorList}>
        {entries.map((entry) => (
          <li key={entry.questionId}>
            <button
              type="button"
              className={clsx(styles.navigatorButton, entry.current && styles.current)}
              aria-current={entry.current ? 'step' : undefined}
              onClick={() => onGo(entry.index)}
            >
              <span className="sr-only">Question </span>
              <span className={styles.navigatorNumber}>{entry.index + 1}</span>
              <span className="sr-only">: </span>
              <span className={styles.navigatorStatus}>{STATUS_WORDS[entry.status]}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
