import type { QuestionType } from './question';

/** The learner's answer, by question type. */
export interface AnswerMap {
  readonly 'single-choice': { readonly optionId: string };
  readonly 'multiple-select': { readonly optionIds: readonly string[] };
  readonly 'true-false': { readonly value: boolean };
  /** Text typed into each blank, by blank id. */
  readonly 'fill-in-the-blank': { readonly blanks: Readonly<Record<string, string>> };
  /** Item ids in the learner's order. */
  readonly ordering: { readonly order: readonly string[] };
  /** Right-hand choice id (a pair or distractor id) chosen for each pair id. */
  readonly matching: { readonly pairs: Readonly<Record<string, string>> };
  readonly 'select-evidence': { readonly sentenceIds: readonly string[] };
}

/** The answer to a question of type `T`. */
export type AnswerOf<T extends QuestionType> = AnswerMap[T];

/** Any answer. */
export type Answer = AnswerMap[QuestionType];

/** How sure the learner is: 1 low, 2 medium, 3 high (certainty-based marking). */
export type ConfidenceLevel = 1 | 2 | 3;
