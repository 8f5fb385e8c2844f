import { z } from 'zod';
import type { QuestionAuthoring } from '../../parser/question-authoring';
import { questionFields } from '../../parser/schema-parts';
import {
  checkOptions,
  optionSchema,
  optionTextFields,
  shuffleOptionsSchema,
} from '../choice-option-authoring';

/** A single-choice question as written: exactly one correct option. */
export const singleChoiceSchema = z
  .strictObject({
    type: z.literal('single-choice'),
    ...questionFields,
    options: z.array(optionSchema).min(2),
    shuffleOptions: shuffleOptionsSchema,
  })
  .meta({ id: 'SingleChoiceQuestion' });

/** How a single-choice question is written and checked. */
export const singleChoiceAuthoring: QuestionAuthoring<typeof singleChoiceSchema> = {
  schema: singleChoiceSchema,
  check: (question, path, report) => {
    const correct = checkOptions(question, 'exactly one', path, report);
    const [first, ...others] = correct.map((index) => question.options[index]?.id ?? '');
    for (const [k, index] of correct.slice(1).entries())
      report(
        [...path, 'options', index, 'correct'],
        `a single-choice question needs exactly one correct option, but '${first}' and '${others[k]}' are both correct; use type multiple-select for several`,
      );
  },
  textFields: (question, path) => optionTextFields(question.options, path),
};
