import type { QuestionBase } from '../../question-base';

/** An item of an ordering question. */
export interface OrderingItem {
  readonly id: string;
  readonly text: string;
}

/** Put items in order; `items` lists them in the correct order. */
export interface OrderingQuestion extends QuestionBase<'ordering'> {
  readonly items: readonly OrderingItem[];
}

/** The answer to an ordering question: the item ids in the learner's order. */
export interface OrderingAnswer {
  readonly order: readonly string[];
}
