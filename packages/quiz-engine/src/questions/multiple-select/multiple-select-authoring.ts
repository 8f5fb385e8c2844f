import { z } from 'zod';
import type { QuestionAuthoring } from '../../parser/question-authoring';
import { questionFields } from '../../parser/schema-parts';
import {
  checkOptions,
  optionSchema,
  optionTextFields,
  shuffleOptionsSchema,
} from '../choice-option-authoring';

/** A multiple-select question as written: one or more correct options. */
export const multipleSelectSchema = z
  .strictObject({
    type: z.literal('multiple-select'),
    ...questionFields,
    options: z.array(optionSchema).min(2),
    shuffleOptions: shuffleOptionsSchema,
  })
  .meta({ id: 'MultipleSelectQuestion' });

/** How a multiple-select question is written and checked. */
export const multipleSelectAuthoring: QuestionAuthoring<typeof multipleSelectSchema> = {
  schema: multipleSelectSchema,
  check: (question, path, report) => {
    checkOptions(question, 'at least one', path, report);
  },
  textFields: (question, path) => optionTextFields(question.options, path),
};
