import {
  type Answer,
  isAnswerFor,
  type PartStatus,
  type Question,
  type QuestionType,
} from '@tmm/quiz-engine';
import type { ReactNode } from 'react';
import type { InputProps } from './input-props';
import { viewOf } from './question-types';

/** What the question screen gives the input of any question type. */
export interface QuestionInputProps {
  readonly question: Question;
  readonly answer: Answer | undefined;
  readonly choiceOrder: readonly string[];
  readonly disabled: boolean;
  readonly marks: ReadonlyMap<string, PartStatus>;
  readonly final: boolean;
  readonly idBase: string;
  readonly onChange: (answer: Answer) => void;
}

/** Renders the input of a question's type with its props, typed together. */
function TypedInput<T extends QuestionType>(props: InputProps<T>): ReactNode {
  const { Input } = viewOf(props.question);
  return <Input {...props} />;
}

/** The input for a question, by its type; a stored answer of another shape is dropped. */
export default function QuestionInput({
  question,
  answer,
  ...rest
}: QuestionInputProps): ReactNode {
  return (
    <TypedInput
      {...rest}
      question={question}
      answer={isAnswerFor(question, answer) ? answer : undefined}
    />
  );
}
