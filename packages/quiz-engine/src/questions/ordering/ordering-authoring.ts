import { z } from 'zod';
import { distinctTexts, uniqueInnerIds } from '../../parser/check-helpers';
import type { QuestionAuthoring } from '../../parser/question-authoring';
import { id, markdown, questionFields } from '../../parser/schema-parts';

/** An ordering question as written: items listed in the correct order. */
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

/** How an ordering question is written and checked: unique ids, items that differ. */
export const orderingAuthoring: QuestionAuthoring<typeof orderingSchema> = {
  schema: orderingSchema,
  check: (question, path, report) => {
    uniqueInnerIds(path, { items: question.items }, report);
    distinctTexts(
      question.items.map((item, index) => ({
        text: item.text,
        path: [...path, 'items', index, 'text'],
      })),
      'item',
      report,
    );
  },
  textFields: (question, path) =>
    question.items.map((item, index) => ({
      text: item.text,
      path: [...path, 'items', index, 'text'],
    })),
};
