import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  FillInTheBlankQuestion,
  MatchingQuestion,
  MultipleSelectQuestion,
  OrderingQuestion,
  SelectEvidenceQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '../question';
import type { Quiz, QuizSettings } from '../quiz';
import {
  type fillInTheBlankSchema,
  type matchingSchema,
  type multipleSelectSchema,
  type orderingSchema,
  type QuizDocument,
  quizDocumentSchema,
  type selectEvidenceSchema,
  type settingsSchema,
  type singleChoiceSchema,
  type trueFalseSchema,
} from './quiz-schema';

/** Compares shapes regardless of `readonly`, which the runtime types add. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type Parsed<S extends z.ZodType> = DeepReadonly<z.output<S>>;
/** What the parser adds to a question: its hash (and resolved sentences for select-evidence). */
type Authored<Q> = DeepReadonly<Omit<Q, 'hash' | 'sentenceIds' | 'evidenceSentenceIds'>>;

describe('the schema and the runtime types', () => {
  it('describe the same questions, type by type', () => {
    expectTypeOf<Parsed<typeof singleChoiceSchema>>().toEqualTypeOf<
      Authored<SingleChoiceQuestion>
    >();
    expectTypeOf<Parsed<typeof multipleSelectSchema>>().toEqualTypeOf<
      Authored<MultipleSelectQuestion>
    >();
    expectTypeOf<Parsed<typeof trueFalseSchema>>().toEqualTypeOf<Authored<TrueFalseQuestion>>();
    expectTypeOf<Parsed<typeof fillInTheBlankSchema>>().toEqualTypeOf<
      Authored<FillInTheBlankQuestion>
    >();
    expectTypeOf<Parsed<typeof orderingSchema>>().toEqualTypeOf<Authored<OrderingQuestion>>();
    expectTypeOf<Parsed<typeof matchingSchema>>().toEqualTypeOf<Authored<MatchingQuestion>>();
    expectTypeOf<Parsed<typeof selectEvidenceSchema>>().toEqualTypeOf<
      Authored<SelectEvidenceQuestion>
    >();
  });

  it('describe the same settings and quiz head', () => {
    expectTypeOf<Parsed<typeof settingsSchema>>().toEqualTypeOf<DeepReadonly<QuizSettings>>();
    expectTypeOf<DeepReadonly<Omit<QuizDocument, '$schema' | 'questions'>>>().toEqualTypeOf<
      DeepReadonly<Omit<Quiz, 'version' | 'questions'>>
    >();
  });

  it('fills in every setting when none is given', () => {
    const parsed = quizDocumentSchema.parse({
      id: 'q',
      title: 'Q',
      questions: [{ id: 'a', type: 'true-false', prompt: 'P', answer: true }],
    });
    expect(parsed.settings).toEqual({
      tries: 3,
      penaltyPerTry: 1 / 3,
      hints: true,
      hintCost: 0,
      confidence: false,
      shuffleQuestions: false,
      shuffleOptions: true,
      passMark: 0.7,
    });
  });
});
