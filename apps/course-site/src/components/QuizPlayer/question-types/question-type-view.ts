import type { QuestionOf, QuestionType } from '@tmm/quiz-engine';
import type { ReactNode } from 'react';
import type { InputProps } from '../input-props';

/**
 * How the site shows one question type, as Perseus keeps a widget's renderer beside the
 * engine's scorer: the learner's input, and the answer key an author previews.
 */
export interface QuestionTypeView<T extends QuestionType> {
  /** The type's name as authors read it: "Fill in the blank". */
  readonly label: string;
  /** The learner's input: usable by keyboard alone, never drag-only, marks in words. */
  readonly Input: (props: InputProps<T>) => ReactNode;
  /** The right answer with its feedback, for the author's answer-key preview. */
  readonly AnswerKey: (props: { readonly question: QuestionOf<T> }) => ReactNode;
}
