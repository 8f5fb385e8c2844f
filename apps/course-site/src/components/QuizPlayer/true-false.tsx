import type { ReactNode } from 'react';
import ChoiceGroup from './choice-group';
import type { InputProps } from './input-props';

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
    <ChoiceGroup
      type="radio"
      prompt={question.prompt}
      choices={CHOICES.map(({ value, label }) => ({
        value: String(value),
        label,
        checked: answer?.value === value,
        onSelect: () => onChange({ value }),
      }))}
      disabled={disabled}
      marks={marks}
      idBase={idBase}
    />
  );
}
