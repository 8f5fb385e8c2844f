import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import ChoiceGroup, { ChoiceOptionsKey } from '../choice-group';
import { type InputProps, inDisplayOrder } from '../input-props';
import type { QuestionTypeView } from './question-type-view';

/** A single-choice question: a radio group, its legend the prompt. */
function SingleChoice({
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

/** Single choice: a radio group; its key marks the one right option. */
export const singleChoice: QuestionTypeView<'single-choice'> = {
  label: 'Single choice',
  Input: SingleChoice,
  AnswerKey: ({ question }) => <ChoiceOptionsKey options={question.options} />,
};
