import type { AnswerOf, PartStatus, QuestionOf, QuestionType } from '@tmm/quiz-engine';

/** What every question type's input receives from the question screen. */
export interface InputProps<T extends QuestionType> {
  readonly question: QuestionOf<T>;
  readonly answer: AnswerOf<T> | undefined;
  /** Display order of the options, items or right-hand choices of this attempt. */
  readonly choiceOrder: readonly string[];
  /** The question is closed: no more changes. */
  readonly disabled: boolean;
  /** How each part of the graded answer was judged, by part id. */
  readonly marks: ReadonlyMap<string, PartStatus>;
  /** No more tries: the right answers may be shown. */
  readonly final: boolean;
  /** Prefix for element ids, unique on the page. */
  readonly idBase: string;
  readonly onChange: (answer: AnswerOf<T>) => void;
}

/** Items in the attempt's display order (authored order for any the order does not name). */
export function inDisplayOrder<T extends { readonly id: string }>(
  items: readonly T[],
  order: readonly string[],
): T[] {
  const place = new Map(order.map((id, index) => [id, index]));
  return [...items].sort(
    (a, b) => (place.get(a.id) ?? items.length) - (place.get(b.id) ?? items.length),
  );
}
