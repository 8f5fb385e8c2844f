import type { QuestionBase } from '../../question-base';
import type { ChoiceOption } from '../choice-option';

/** Exactly one option is correct. */
export interface SingleChoiceQuestion extends QuestionBase<'single-choice'> {
  readonly options: readonly ChoiceOption[];
  /** Overrides the quiz's `shuffleOptions` for this question (e.g. for "none of the above"). */
  readonly shuffleOptions?: boolean;
}

/** The answer to a single-choice question: the option chosen. */
export interface SingleChoiceAnswer {
  readonly optionId: string;
}
