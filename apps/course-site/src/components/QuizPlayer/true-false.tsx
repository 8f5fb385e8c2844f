import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import type { InputProps } from './input-props';
import PartMark from './part-mark';
import styles from './styles.module.css';

const CHOICES = [
  { value: true, label: 'True' },
  { value: false, label: 'False' },
] as const;

/** A true/false question: two radio buttons, the claim as legend. */
export default function TrueFalse({
  question,
  answer,
  disabled,
  marks,
  idBase,
  onChange,
}: InputProps<'true-false'>): ReactNode {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>
        <InlineMarkdown text={question.prompt} />
      </legend>
      <ul className={styles.choices}>
        {CHOICES.map(({ value, label }) => {
          const id = `${idBase}-${value}`;
          return (
            <li key={label} className={styles.choice}>
              <input
                type="radio"
                id={id}
                name={idBase}
                value={String(value)}
                checked={answer?.value === value}
                disabled={disabled}
                onChange={() => onChange({ value })}
              />
              <label htmlFor={id}>{label}</label>
              <PartMark status={marks.get(String(value))} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
