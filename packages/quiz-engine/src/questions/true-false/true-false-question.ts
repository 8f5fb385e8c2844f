import type { QuestionBase } from '../../question-base';

/** The prompt is a claim the learner judges true or false. */
export interface TrueFalseQuestion extends QuestionBase<'true-false'> {
  /** Whether the claim is true. */
  readonly answer: boolean;
}

/** The answer to a true/false question: the learner's judgement. */
export interface TrueFalseAnswer {
  readonly value: boolean;
}
