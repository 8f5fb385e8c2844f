import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import { type InputProps, inDisplayOrder } from './input-props';
import PartMark from './part-mark';
import styles from './styles.module.css';

/** A multiple-select question: a checkbox group, its legend the prompt. */
export default function MultipleSelect({
  question,
  answer,
  choiceOrder,
  disabled,
  marks,
  idBase,
  onChange,
}: InputProps<'multiple-select'>): ReactNode {
  const options = inDisplayOrder(question.options, choiceOrder);
  const chosen = new Set(answer?.optionIds ?? []);
  const toggle = (optionId: string) => {
    const next = new Set(chosen);
    if (next.has(optionId)) next.delete(optionId);
    else next.add(optionId);
    onChange({ optionIds: options.map((option) => option.id).filter((id) => next.has(id)) });
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>
        <InlineMarkdown text={question.prompt} />
      </legend>
      <ul className={styles.choices}>
        {options.map((option) => {
          const id = `${idBase}-${option.id}`;
          return (
            <li key={option.id} className={styles.choice}>
              <input
                type="checkbox"
                id={id}
                value={option.id}
                checked={chosen.has(option.id)}
                disabled={disabled}
                onChange={() => toggle(option.id)}
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
