import type { ConfidenceLevel } from '@tmm/quiz-engine';
import type { ReactNode } from 'react';
import { CERTAINTY_TABLE, signed } from './result-words';
import styles from './styles.module.css';

interface ConfidencePickerProps {
  readonly value: ConfidenceLevel | undefined;
  readonly disabled: boolean;
  readonly idBase: string;
  readonly onChange: (level: ConfidenceLevel) => void;
}

/** How sure the learner is of an answer (certainty-based marking), with what each level risks. */
export default function ConfidencePicker({
  value,
  disabled,
  idBase,
  onChange,
}: ConfidencePickerProps): ReactNode {
  return (
    <fieldset className={styles.confidence}>
      <legend className={styles.confidenceLegend}>How sure are you of this answer?</legend>
      <div className={styles.confidenceChoices}>
        {CERTAINTY_TABLE.map(({ level, words: label, right, wrong }) => {
          const id = `${idBase}-confidence-${level}`;
          return (
            <span key={level} className={styles.confidenceChoice}>
              <input
                type="radio"
                id={id}
                name={`${idBase}-confidence`}
                checked={value === level}
                disabled={disabled}
                onChange={() => onChange(level)}
              />
              <label htmlFor={id}>
                {label}{' '}
                <span className={styles.confidenceScale}>
                  ({signed(right)} if right, {signed(wrong)} if wrong)
                </span>
              </label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
