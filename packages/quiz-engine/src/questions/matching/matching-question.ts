import type { QuestionBase } from '../../question-base';

/** A left-hand prompt and its right-hand match. */
export interface MatchingPair {
  readonly id: string;
  readonly left: string;
  readonly right: string;
  /** Shown when this pair is matched wrongly. */
  readonly feedback?: string;
}

/** A right-hand choice that matches no left-hand prompt. */
export interface MatchingDistractor {
  readonly id: string;
  readonly text: string;
}

/** Match each left-hand prompt to a right-hand choice. Right-hand choices are named by pair or distractor id. */
export interface MatchingQuestion extends QuestionBase<'matching'> {
  readonly pairs: readonly MatchingPair[];
  readonly distractors: readonly MatchingDistractor[];
}

/** The answer to a matching question: the right-hand choice id (a pair or distractor id) chosen for each pair id. */
export interface MatchingAnswer {
  readonly pairs: Readonly<Record<string, string>>;
}
