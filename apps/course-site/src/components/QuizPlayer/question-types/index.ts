import type { QuestionOf, QuestionType } from '@tmm/quiz-engine';
import { fillInTheBlank } from './fill-in-the-blank';
import { matching } from './matching';
import { multipleSelect } from './multiple-select';
import { ordering } from './ordering';
import type { QuestionTypeView } from './question-type-view';
import { selectEvidence } from './select-evidence';
import { singleChoice } from './single-choice';
import { trueFalse } from './true-false';

/** Every question type's view, by type: one line per type, as in the engine's registries. */
export const questionTypeViews: { readonly [T in QuestionType]: QuestionTypeView<T> } = {
  'single-choice': singleChoice,
  'multiple-select': multipleSelect,
  'true-false': trueFalse,
  'fill-in-the-blank': fillInTheBlank,
  ordering,
  matching,
  'select-evidence': selectEvidence,
};

/** The view of a question's own type, typed to match it. */
export function viewOf<T extends QuestionType>(question: QuestionOf<T>): QuestionTypeView<T> {
  // NOTE: TypeScript cannot correlate `question.type` with `T` across the mapped registry.
  return questionTypeViews[question.type as T];
}
