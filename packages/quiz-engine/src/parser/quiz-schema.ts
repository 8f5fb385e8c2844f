import { z } from 'zod';
import { questionAuthoring } from './authoring-registry';
import { id, markdown } from './schema-parts';

/** A list known to hold something, as a union of schemas needs. */
function nonEmpty<T>(items: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error('no question type is registered');
  return [first, ...rest];
}

/** Any question, by its `type`: one schema per registered type, in the registry's order. */
export const questionSchema = z.discriminatedUnion(
  'type',
  nonEmpty(Object.values(questionAuthoring).map((authoring) => authoring.schema)),
);

/** Quiz settings; every key has a default. */
export const settingsSchema = z.strictObject({
  tries: z
    .int()
    .min(1)
    .max(10)
    .default(3)
    .meta({ description: 'Graded tries per question (practice).' }),
  penaltyPerTry: z
    .number()
    .min(0)
    .max(1)
    .default(1 / 3)
    .meta({ description: "Fraction of a question's marks lost per try after the first." }),
  hints: z.boolean().default(true).meta({ description: 'Whether hints may be requested.' }),
  hintCost: z
    .number()
    .min(0)
    .max(1)
    .default(0)
    .meta({ description: "Fraction of a question's marks lost per hint." }),
  confidence: z
    .boolean()
    .default(false)
    .meta({ description: 'Ask for a confidence rating (certainty-based marking).' }),
  // Optional rather than defaulted: a default would enter every quiz's version hash and make
  // learners' saved attempts look like attempts at another version.
  grading: z.enum(['accuracy', 'certainty']).optional().meta({
    description:
      'What the score and the pass mark use: `accuracy` (the default: marks, confidence aside) or `certainty` (the average certainty-based mark out of 3, never below 0; needs `confidence`).',
  }),
  shuffleQuestions: z.boolean().default(false),
  shuffleOptions: z.boolean().default(true),
  passMark: z
    .number()
    .min(0)
    .max(1)
    .default(0.7)
    .meta({ description: 'Fraction of the marks needed to pass.' }),
  pool: z
    .strictObject({
      draw: z
        .int()
        .min(1)
        .meta({ description: 'Questions drawn per attempt (per key point with perKeyPoint).' }),
      perKeyPoint: z
        .boolean()
        .default(false)
        .meta({ description: "Draw per key point (a question's first)." }),
    })
    .optional(),
});

/** A quiz document as an instructor writes it (YAML or JSON). */
export const quizDocumentSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({ description: 'Address of this JSON Schema, for editors.' }),
    id: id('quiz'),
    title: z.string().min(1).meta({ description: 'The quiz title (plain text).' }),
    description: markdown('Shown before the quiz starts.').optional(),
    behaviour: z.enum(['practice', 'test']).default('practice').meta({
      description: '`practice`: feedback after each try. `test`: feedback after finishing.',
    }),
    settings: settingsSchema.prefault({}),
    questions: z.array(questionSchema).min(1),
  })
  .meta({ title: 'Quiz', description: 'A quiz of the course, one per file.' });

/** A quiz document after validation, with defaults applied. */
export type QuizDocument = z.output<typeof quizDocumentSchema>;

/** A question of a quiz document after validation. */
export type QuestionDocument = z.output<typeof questionSchema>;
