import type { AnswerOf, QuestionType } from './questions/registry';

export type { AnswerOf } from './questions/registry';

/** Any answer: the union of every registered type's answer. */
export type Answer = AnswerOf<QuestionType>;

/** How sure the learner is: 1 low, 2 medium, 3 high (certainty-based marking). */
export type ConfidenceLevel = 1 | 2 | 3;
