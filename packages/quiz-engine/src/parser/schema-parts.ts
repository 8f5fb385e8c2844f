import { z } from 'zod';

/** Kebab-case: lower-case letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id of `what`. */
export const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN)
    .meta({ description: `Kebab-case id of the ${what}, e.g. \`q-1\`.` });

/** A text field in the inline Markdown subset. */
export const markdown = (description: string) =>
  z
    .string()
    .min(1)
    .meta({
      description: `${description} Inline Markdown: *emphasis*, **strong**, \`code\`, [links](https://…); HTML is shown as text.`,
    });

/** The id of something outside the quiz (a key point, a term, a paragraph), checked by the resolver. */
export const reference = (what: string) =>
  z
    .string()
    .min(1)
    .meta({ description: `Id of a ${what}.` });

/** An evidence anchor, shaped like a W3C TextQuoteSelector. */
export const anchorSchema = z
  .strictObject({
    paragraph: z.string().min(1).meta({ description: 'Paragraph id, e.g. `p3`.' }),
    exact: z.string().min(1).meta({ description: 'The exact words quoted from the paragraph.' }),
    prefix: z.string().min(1).optional().meta({
      description:
        'Words just before, to make the match unique (whitespace at the join does not matter).',
    }),
    suffix: z.string().min(1).optional().meta({
      description:
        'Words just after, to make the match unique (whitespace at the join does not matter).',
    }),
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

/** The fields every question type has, beside its `type` and its own keys. */
export const questionFields = {
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
  keyPoints: z.array(reference('key point')).default([]).meta({
    id: 'KeyPoints',
    description:
      "Key points tested. The first is the question's main subject: mastery counts the question for it alone, and a per-key-point pool draws it for it; list the others it touches after it.",
  }),
  glossary: z
    .array(reference('glossary term'))
    .default([])
    .meta({ id: 'Glossary', description: 'Glossary terms involved.' }),
};
