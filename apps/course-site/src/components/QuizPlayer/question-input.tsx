import {
  type Answer,
  isFillInTheBlankAnswer,
  isMatchingAnswer,
  isMultipleSelectAnswer,
  isOrderingAnswer,
  isSelectEvidenceAnswer,
  isSingleChoiceAnswer,
  isTrueFalseAnswer,
  type PartStatus,
  type Question,
} from '@tmm/quiz-engine';
import type { ReactNode } from 'react';
import FillInTheBlank from './fill-in-the-blank';
import Matching from './matching';
import MultipleSelect from './multiple-select';
import Ordering from './ordering';
import SelectEvidence from './select-evidence';
import SingleChoice from './single-choice';
import TrueFalse from './true-false';

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

/** The input for a question, by its type; the stored answer is checked against the type. */
export default function QuestionInput({
  question,
  answer,
  ...rest
}: QuestionInputProps): ReactNode {
  switch (question.type) {
    case 'single-choice':
      return (
        <SingleChoice
          {...rest}
          question={question}
          answer={isSingleChoiceAnswer(answer) ? answer : undefined}
        />
      );
    case 'multiple-select':
      return (
        <MultipleSelect
          {...rest}
          question={question}
          answer={isMultipleSelectAnswer(answer) ? answer : undefined}
        />
      );
    case 'true-false':
      return (
        <TrueFalse
          {...rest}
          question={question}
          answer={isTrueFalseAnswer(answer) ? answer : undefined}
        />
      );
    case 'fill-in-the-blank':
      return (
        <FillInTheBlank
          {...rest}
          question={question}
          answer={isFillInTheBlankAnswer(answer) ? answer : undefined}
        />
      );
    case 'ordering':
      return (
        <Ordering
          {...rest}
          question={question}
          answer={isOrderingAnswer(answer) ? answer : undefined}
        />
      );
    case 'matching':
      return (
        <Matching
          {...rest}
          question={question}
          answer={isMatchingAnswer(answer) ? answer : undefined}
        />
      );
    case 'select-evidence':
      return (
        <SelectEvidence
          {...rest}
          question={question}
          answer={isSelectEvidenceAnswer(answer) ? answer : undefined}
        />
      );
  }
}
