import type { ReactNode } from 'react';
import ChoiceGroup from '../choice-group';
import type { InputProps } from '../input-props';
import type { QuestionTypeView } from './question-type-view';

const CHOICES = [
  { value: true, label: 'True' },
  { value: false, label: 'False' },
] as const;

/** A true/false question: two radio buttons, the claim as legend. */
function TrueFalse({
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

/** True or false: two radio buttons; its key says whether the claim is true. */
export const trueFalse: QuestionTypeView<'true-false'> = {
  label: 'True or false',
  Input: TrueFalse,
  AnswerKey: ({ question }) => (
    <p>
      The claim is <strong>{question.answer ? 'true' : 'false'}</strong>.
    </p>
  ),
};
