import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import ChoiceGroup from './choice-group';
import { type InputProps, inDisplayOrder } from './input-props';

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
    <ChoiceGroup
      type="radio"
      prompt={question.prompt}
      choices={inDisplayOrder(question.options, choiceOrder).map((option) => ({
        value: option.id,
        label: <InlineMarkdown text={option.text} />,
        checked: answer?.optionId === option.id,
        onSelect: () => onChange({ optionId: option.id }),
      }))}
      disabled={disabled}
      marks={marks}
      idBase={idBase}
    />
  );
}
