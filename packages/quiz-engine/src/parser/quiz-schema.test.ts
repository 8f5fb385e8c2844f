import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { QuestionOf, QuestionType } from '../question';
import type { Quiz, QuizSettings } from '../quiz';
import type { questionAuthoring } from './authoring-registry';
import { type QuizDocument, quizDocumentSchema, type settingsSchema } from './quiz-schema';

/** Compares shapes regardless of `readonly`, which the runtime types add. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type Parsed<S extends z.ZodType> = DeepReadonly<z.output<S>>;

/** What a type's authoring side resolves from the content (a select-evidence question's sentences). */
type ResolvedBy<T extends QuestionType> = (typeof questionAuthoring)[T] extends {
  readonly resolve?: (...args: never[]) => infer R;
}
  ? keyof Exclude<R, undefined>
  : never;

/** What the parser adds to a question: its hash and what its type resolves. */
type Authored<T extends QuestionType> = DeepReadonly<Omit<QuestionOf<T>, 'hash' | ResolvedBy<T>>>;

describe('the schema and the runtime types', () => {
  it('describe the same questions, type by type', () => {
    expectTypeOf<{
      [T in QuestionType]: Parsed<(typeof questionAuthoring)[T]['schema']>;
    }>().toEqualTypeOf<{ [T in QuestionType]: Authored<T> }>();
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
