import { fillInTheBlank } from './fill-in-the-blank/fill-in-the-blank';
import { matching } from './matching/matching';
import { multipleSelect } from './multiple-select/multiple-select';
import { ordering } from './ordering/ordering';
import type { QuestionTypeModule } from './question-type';
import { selectEvidence } from './select-evidence/select-evidence';
import { singleChoice } from './single-choice/single-choice';
import { trueFalse } from './true-false/true-false';

// One line per question type; the types below, the machine and the view follow from it.
const modules = {
  'single-choice': singleChoice,
  'multiple-select': multipleSelect,
  'true-false': trueFalse,
  'fill-in-the-blank': fillInTheBlank,
  ordering,
  matching,
  'select-evidence': selectEvidence,
};

type Modules = typeof modules;

/** The question types: the names of the registry's entries. */
export type QuestionType = keyof Modules;

/** The question and answer types of each registered type, as its module defines them. */
type Shapes = {
  readonly [T in keyof Modules]: Modules[T] extends QuestionTypeModule<infer Q, infer A>
    ? { readonly question: Q; readonly answer: A }
    : never;
};

/** The question of a given type (a union of types gives the union of their questions). */
export type QuestionOf<T extends QuestionType> = Shapes[T]['question'];

/** The learner's answer to a question of a given type. */
export type AnswerOf<T extends QuestionType> = Shapes[T]['answer'];

/** The registry: every question type mapped to its module. */
export const questionTypes: {
  readonly [T in QuestionType]: QuestionTypeModule<QuestionOf<T>, AnswerOf<T>>;
} = modules;
