import { z } from 'zod';
import { distinctTexts, uniqueInnerIds } from '../../parser/check-helpers';
import type { QuestionAuthoring } from '../../parser/question-authoring';
import { id, markdown, questionFields } from '../../parser/schema-parts';

/** A matching question as written. */
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

/** How a matching question is written and checked: unique ids, prompts and choices that differ. */
export const matchingAuthoring: QuestionAuthoring<typeof matchingSchema> = {
  schema: matchingSchema,
  check: (question, path, report) => {
    uniqueInnerIds(path, { pairs: question.pairs, distractors: question.distractors }, report);
    distinctTexts(
      question.pairs.map((pair, index) => ({
        text: pair.left,
        path: [...path, 'pairs', index, 'left'],
      })),
      'left-hand prompt',
      report,
    );
    distinctTexts(
      [
        ...question.pairs.map((pair, index) => ({
          text: pair.right,
          path: [...path, 'pairs', index, 'right'],
        })),
        ...question.distractors.map((d, index) => ({
          text: d.text,
          path: [...path, 'distractors', index, 'text'],
        })),
      ],
      'right-hand choice',
      report,
    );
  },
  textFields: (question, path) => [
    ...question.pairs.flatMap((pair, index) => [
      { text: pair.left, path: [...path, 'pairs', index, 'left'] },
      { text: pair.right, path: [...path, 'pairs', index, 'right'] },
      { text: pair.feedback, path: [...path, 'pairs', index, 'feedback'] },
    ]),
    ...question.distractors.map((d, index) => ({
      text: d.text,
      path: [...path, 'distractors', index, 'text'],
    })),
  ],
};
