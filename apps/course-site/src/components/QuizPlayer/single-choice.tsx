import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import { type InputProps, inDisplayOrder } from './input-props';
import PartMark from './part-mark';
import styles from './styles.module.css';

/** A single-choice question: a radio group, its legend the prompt. */
export default function SingleChoice({
  question,
  answer,
  choiceOrder,
  disabled,
  marks,
  idBase,
  onChange,
}: InputProps<'single-choice'>): ReactNode {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>
        <InlineMarkdown text={question.prompt} />
      </legend>
      <ul className={styles.choices}>
        {inDisplayOrder(question.options, choiceOrder).map((option) => {
          const id = `${idBase}-${option.id}`;
          return (
            <li key={option.id} className={styles.choice}>
              <input
                type="radio"
                id={id}
                name={idBase}
                value={option.id}
                checked={answer?.optionId === option.id}
                disabled={disabled}
                onChange={() => onChange({ optionId: option.id })}
              />
              <label htmlFor={id}>
                <InlineMarkdown text={option.text} />
              </label>
              <PartMark status={marks.get(option.id)} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
