import type { QuestionBase } from '../../question-base';
import type { ChoiceOption } from '../choice-option';

/** One or more options are correct; partial credit. */
export interface MultipleSelectQuestion extends QuestionBase<'multiple-select'> {
  readonly options: readonly ChoiceOption[];
  /** Overrides the quiz's `shuffleOptions` for this question. */
  readonly shuffleOptions?: boolean;
}

/** The answer to a multiple-select question: the options chosen. */
export interface MultipleSelectAnswer {
  readonly optionIds: readonly string[];
}
