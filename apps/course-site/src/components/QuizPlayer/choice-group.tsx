import type { QuestionOf, QuestionType } from '@tmm/quiz-engine';
import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import type { InputProps } from './input-props';
import PartMark from './part-mark';
import styles from './styles.module.css';

/** An option of a choice question. */
type ChoiceOption = QuestionOf<'single-choice' | 'multiple-select'>['options'][number];

/** One choice of a group: its value (also its part-mark key), label and state. */
export interface Choice {
  readonly value: string;
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onSelect: () => void;
}

interface ChoiceGroupProps extends Pick<InputProps<QuestionType>, 'disabled' | 'marks' | 'idBase'> {
  /** Radio buttons (one answer) or checkboxes (any number). */
  readonly type: 'radio' | 'checkbox';
  readonly prompt: string;
  readonly choices: readonly Choice[];
}

/**
 * The group that single-choice, multiple-select and true/false questions share: a fieldset
 * whose legend is the prompt, one labelled input per choice, each with its part mark once
 * the question is marked.
 */
export default function ChoiceGroup({
  type,
  prompt,
  choices,
  disabled,
  marks,
  idBase,
}: ChoiceGroupProps): ReactNode {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>
        <InlineMarkdown text={prompt} />
      </legend>
      <ul className={styles.choices}>
        {choices.map(({ value, label, checked, onSelect }) => {
          const id = `${idBase}-${value}`;
          return (
            <li key={value} className={styles.choice}>
              <input
                type={type}
                id={id}
                name={type === 'radio' ? idBase : undefined}
                value={value}
                checked={checked}
                disabled={disabled}
                onChange={onSelect}
              />
              <label htmlFor={id}>{label}</label>
              <PartMark status={marks.get(value)} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The answer key of a choice question: each option marked right or wrong, with its feedback. */
export function ChoiceOptionsKey({
  options,
}: {
  readonly options: readonly ChoiceOption[];
}): ReactNode {
  return (
    <ul className={styles.keyOptions}>
      {options.map((option) => (
        <li key={option.id} data-correct={option.correct}>
          <span className={option.correct ? styles.keyRight : styles.keyWrong}>
            {option.correct ? 'Correct' : 'Wrong'}
          </span>{' '}
          <InlineMarkdown text={option.text} />
          {option.feedback && (
            <div className={styles.keyNote}>
              Feedback: <InlineMarkdown text={option.feedback} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
