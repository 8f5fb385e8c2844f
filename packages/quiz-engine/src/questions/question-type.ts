import type { QuestionBase } from '../question-base';
import type { InvalidScore, PartMark, ScoreResult } from './score-result';

/** What a question's choice order for an attempt is drawn with. */
export interface ChoiceOrderOptions {
  /** The quiz's `shuffleOptions` setting (a question of a choice type may override it). */
  readonly shuffleOptions: boolean;
  /** The question's own random stream for the attempt, seeded from the attempt and its id. */
  readonly random: () => number;
}

/**
 * Everything the engine does with one question type at run time, as Perseus keeps a widget's
 * scorer and validator together: the answer's shape, completeness, scoring, the order its
 * choices are shown in and the feedback notes of an answer. Pure functions of their arguments.
 * The type's authoring side (schema piece and checks) is its `QuestionAuthoring`, kept apart
 * so that this entry needs neither yaml nor zod.
 */
export interface QuestionTypeModule<Q extends QuestionBase<string>, A> {
  /** Whether a value has this type's answer shape (answers from storage are untrusted). */
  readonly isAnswer: (value: unknown) => value is A;
  /** Why an answer cannot be graded yet (incomplete or not fitting), or `undefined` when it can. */
  readonly validate: (question: Q, answer: A | undefined) => InvalidScore | undefined;
  /** Grades an answer: `invalid` (never wrong, costs no try) or points with per-part marks. */
  readonly score: (question: Q, answer: A | undefined) => ScoreResult;
  /** Display order of the question's options, items or right-hand choices; empty when it has none. */
  readonly choiceOrder: (question: Q, options: ChoiceOrderOptions) => readonly string[];
  /** The authored feedback of the parts of an answer: options chosen, blanks or pairs wrong. */
  readonly feedbackNotes: (
    question: Q,
    answer: A | undefined,
    parts: readonly PartMark[],
  ) => readonly string[];
  /**
   * The answer a question of this type stands for when it is submitted as shown, untouched
   * (an ordering: the order shown); absent when an untouched question has no answer.
   */
  readonly answerAsShown?: (question: Q, choiceOrder: readonly string[]) => A;
}
