import { z } from 'zod';

/** Kebab-case: lower-case letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN)
    .meta({ description: `Kebab-case id of the ${what}, e.g. \`q-1\`.` });

const markdown = (description: string) =>
  z
    .string()
    .min(1)
    .meta({
      description: `${description} Inline Markdown: *emphasis*, **strong**, \`code\`, [links](https://…); HTML is shown as text.`,
    });

const reference = (what: string) =>
  z
    .string()
    .min(1)
    .meta({ description: `Id of a ${what}.` });

/** An evidence anchor, shaped like a W3C TextQuoteSelector. */
export const anchorSchema = z
  .strictObject({
    paragraph: z.string().min(1).meta({ description: 'Paragraph id, e.g. `p3`.' }),
    exact: z.string().min(1).meta({ description: 'The exact words quoted from the paragraph.' }),
    prefix: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Words just before, to make the match unique.' }),
    suffix: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Words just after, to make the match unique.' }),
  })
  .meta({
    id: 'EvidenceAnchor',
    description: 'A place in the source text that supports the answer.',
  });

const feedbackSchema = z
  .strictObject({
    correct: markdown('Shown after a fully right try.').optional(),
    partial: markdown('Shown after a partly right try (else `incorrect`).').optional(),
    incorrect: markdown('Shown after a wrong try.').optional(),
  })
  .meta({ id: 'Feedback', description: 'Feedback by how a try went.' });

const questionFields = {
  id: id('question'),
  prompt: markdown('The question as the learner reads it.'),
  points: z.number().positive().default(1).meta({ description: 'Marks the question is worth.' }),
  hints: z
    .array(markdown('A hint.'))
    .default([])
    .meta({ id: 'Hints', description: 'Hints, revealed one at a time, from gentle to telling.' }),
  explanation: markdown('Shown once the question is closed.').optional(),
  feedback: feedbackSchema.prefault({}),
  evidence: z
    .array(anchorSchema)
    .default([])
    .meta({ id: 'Evidence', description: 'Where the source supports the answer.' }),
  keyPoints: z
    .array(reference('key point'))
    .default([])
    .meta({ id: 'KeyPoints', description: 'Key points tested.' }),
  glossary: z
    .array(reference('glossary term'))
    .default([])
    .meta({ id: 'Glossary', description: 'Glossary terms involved.' }),
};

const optionSchema = z
  .strictObject({
    id: id('option'),
    text: markdown('The option as shown.'),
    correct: z
      .boolean()
      .default(false)
      .meta({ description: 'Whether choosing this option is right.' }),
    feedback: markdown('Shown when the learner chooses this option.').optional(),
  })
  .meta({ id: 'ChoiceOption' });

const shuffleOptions = z
  .boolean()
  .optional()
  .meta({ description: "Overrides the quiz's `shuffleOptions` for this question." });

/** A single-choice question: exactly one correct option. */
export const singleChoiceSchema = z
  .strictObject({
    type: z.literal('single-choice'),
    ...questionFields,
    options: z.array(optionSchema).min(2),
    shuffleOptions,
  })
  .meta({ id: 'SingleChoiceQuestion' });

/** A multiple-select question: one or more correct options. */
export const multipleSelectSchema = z
  .strictObject({
    type: z.literal('multiple-select'),
    ...questionFields,
    options: z.array(optionSchema).min(2),
    shuffleOptions,
  })
  .meta({ id: 'MultipleSelectQuestion' });

/** A true/false question: the prompt is a claim. */
export const trueFalseSchema = z
  .strictObject({
    type: z.literal('true-false'),
    ...questionFields,
    answer: z.boolean().meta({ description: 'Whether the claim in the prompt is true.' }),
  })
  .meta({ id: 'TrueFalseQuestion' });

/** A fill-in-the-blank question. */
export const fillInTheBlankSchema = z
  .strictObject({
    type: z.literal('fill-in-the-blank'),
    ...questionFields,
    text: markdown('The text with `{{blank-id}}` where each blank goes.'),
    blanks: z
      .array(
        z.strictObject({
          id: id('blank'),
          accept: z.array(z.string().min(1)).min(1).meta({
            description:
              'Accepted answers; case, spacing, punctuation and quote style are ignored.',
          }),
          caseSensitive: z.boolean().default(false),
          feedback: markdown('Shown when this blank is wrong.').optional(),
        }),
      )
      .min(1),
  })
  .meta({ id: 'FillInTheBlankQuestion' });

/** An ordering question: items listed in the correct order. */
export const orderingSchema = z
  .strictObject({
    type: z.literal('ordering'),
    ...questionFields,
    items: z
      .array(z.strictObject({ id: id('item'), text: markdown('The item as shown.') }))
      .min(2)
      .meta({ description: 'The items in the correct order; learners see them shuffled.' }),
  })
  .meta({ id: 'OrderingQuestion' });

/** A matching question. */
export const matchingSchema = z
  .strictObject({
    type: z.literal('matching'),
    ...questionFields,
    pairs: z
      .array(
        z.strictObject({
          id: id('pair'),
          left: markdown('The prompt on the left.'),
          right: markdown('Its match on the right.'),
          feedback: markdown('Shown when this pair is matched wrongly.').optional(),
        }),
      )
      .min(2),
    distractors: z
      .array(
        z.strictObject({
          id: id('distractor'),
          text: markdown('A right-hand choice that matches nothing.'),
        }),
      )
      .default([]),
  })
  .meta({ id: 'MatchingQuestion' });

/** A select-the-evidence question: the evidence anchors are the answer key. */
export const selectEvidenceSchema = z
  .strictObject({
    type: z.literal('select-evidence'),
    ...questionFields,
    passage: z
      .array(reference('paragraph'))
      .min(1)
      .meta({ description: 'Paragraph ids whose sentences the learner picks from.' }),
    evidence: z.array(anchorSchema).min(1).meta({
      description: 'The evidence: the sentences these anchors cover are the right picks.',
    }),
  })
  .meta({ id: 'SelectEvidenceQuestion' });

/** Any question, by its `type`. */
export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceSchema,
  multipleSelectSchema,
  trueFalseSchema,
  fillInTheBlankSchema,
  orderingSchema,
  matchingSchema,
  selectEvidenceSchema,
]);

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
