import { z } from 'zod';
import { distinctTexts, type Report, uniqueInnerIds } from '../parser/check-helpers';
import type { TextField } from '../parser/question-authoring';
import { id, markdown } from '../parser/schema-parts';
import type { DocumentPath } from '../parser/source-locator';

/** An option of a choice question, as written. */
export const optionSchema = z
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

/** A question's own `shuffleOptions`, overriding the quiz's. */
export const shuffleOptionsSchema = z
  .boolean()
  .optional()
  .meta({ description: "Overrides the quiz's `shuffleOptions` for this question." });

type WrittenOption = z.output<typeof optionSchema>;

/**
 * The checks a choice question's options need: unique ids, a correct option (`needs` says how
 * many the type wants, in words) and texts that differ.
 */
export function checkOptions(
  question: { readonly type: string; readonly options: readonly WrittenOption[] },
  needs: 'exactly one' | 'at least one',
  path: DocumentPath,
  report: Report,
): number[] {
  uniqueInnerIds(path, { options: question.options }, report);
  const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  if (correct.length === 0)
    report(
      [...path, 'options'],
      `a ${question.type} question needs ${needs} correct option; mark it with 'correct: true'`,
    );
  distinctTexts(
    question.options.map((option, index) => ({
      text: option.text,
      path: [...path, 'options', index, 'text'],
    })),
    'option',
    report,
  );
  return correct;
}

/** The Markdown fields of the options: their texts and feedback. */
export function optionTextFields(
  options: readonly WrittenOption[],
  path: DocumentPath,
): TextField[] {
  return options.flatMap((option, index) => [
    { text: option.text, path: [...path, 'options', index, 'text'] },
    { text: option.feedback, path: [...path, 'options', index, 'feedback'] },
  ]);
}
