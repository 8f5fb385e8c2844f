import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import { percent } from './quiz-rules';
import styles from './styles.module.css';

interface HintLadderProps {
  /** The hints shown so far. */
  readonly shown: readonly string[];
  /** How many hints the question has. */
  readonly total: number;
  readonly canRequest: boolean;
  /** The question still takes answers (the button shows while it does). */
  readonly open: boolean;
  /** Fraction of the question's marks each hint costs. */
  readonly cost: number;
  readonly onRequest: () => void;
}

/**
 * Hints on request, one at a time. The button stays where it is once the ladder is used up, so
 * focus is never lost; revealed hints are announced.
 */
export default function HintLadder({
  shown,
  total,
  canRequest,
  open,
  cost,
  onRequest,
}: HintLadderProps): ReactNode {
  if (total === 0 || (!open && shown.length === 0)) return null;
  const more = shown.length < total;
  return (
    <div className={styles.hints}>
      <div aria-live="polite">
        {shown.length > 0 && (
          <ol className={styles.hintList}>
            {shown.map((hint, index) => (
              <li key={hint}>
                <strong>Hint {index + 1}:</strong> <InlineMarkdown text={hint} />
              </li>
            ))}
          </ol>
        )}
      </div>
      {open && (
        <p className={styles.hintAction}>
          <button
            type="button"
            className="button button--secondary button--sm"
            aria-disabled={!canRequest}
            onClick={() => {
              if (canRequest) onRequest();
            }}
          >
            {more ? `Show hint ${shown.length + 1} of ${total}` : 'No more hints'}
          </button>
          {cost > 0 && (
            <span className={styles.hintCost}>
              {' '}
              Each hint costs {percent(cost)} of this question's marks.
            </span>
          )}
        </p>
      )}
    </div>
  );
}
