import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import ChoiceGroup, { ChoiceOptionsKey } from '../choice-group';
import { type InputProps, inDisplayOrder } from '../input-props';
import type { QuestionTypeView } from './question-type-view';

/** A multiple-select question: a checkbox group, its legend the prompt. */
function MultipleSelect({
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
    <ChoiceGroup
      type="checkbox"
      prompt={question.prompt}
      choices={options.map((option) => ({
        value: option.id,
        label: <InlineMarkdown text={option.text} />,
        checked: chosen.has(option.id),
        onSelect: () => toggle(option.id),
      }))}
      disabled={disabled}
      marks={marks}
      idBase={idBase}
    />
  );
}

/** Multiple select: a checkbox group; its key marks every right option. */
export const multipleSelect: QuestionTypeView<'multiple-select'> = {
  label: 'Multiple select',
  Input: MultipleSelect,
  AnswerKey: ({ question }) => <ChoiceOptionsKey options={question.options} />,
};
