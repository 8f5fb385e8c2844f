import { z } from 'zod';
import type { QuestionAuthoring } from '../../parser/question-authoring';
import { questionFields } from '../../parser/schema-parts';

/** A true/false question as written: the prompt is a claim. */
export const trueFalseSchema = z
  .strictObject({
    type: z.literal('true-false'),
    ...questionFields,
    answer: z.boolean().meta({ description: 'Whether the claim in the prompt is true.' }),
  })
  .meta({ id: 'TrueFalseQuestion' });

/** How a true/false question is written: nothing to check beyond its schema. */
export const trueFalseAuthoring: QuestionAuthoring<typeof trueFalseSchema> = {
  schema: trueFalseSchema,
};
