import type { QuestionOf, QuestionType } from './questions/registry';

export type { QuestionBase, QuestionFeedback } from './question-base';
export type { QuestionOf, QuestionType } from './questions/registry';

/** Any question: the union of every registered type's question. */
export type Question = QuestionOf<QuestionType>;
