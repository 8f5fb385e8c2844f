import { z } from 'zod';
import { type Report, uniqueInnerIds } from '../../parser/check-helpers';
import type { QuestionAuthoring } from '../../parser/question-authoring';
import { id, markdown, questionFields } from '../../parser/schema-parts';
import type { DocumentPath } from '../../parser/source-locator';
import { blankSegments } from './blank-segments';
import { normaliseAnswerText } from './normalise-answer-text';

/** A fill-in-the-blank question as written. */
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
          // Optional rather than defaulted: a default would enter every question's content hash
          // and set learners' past answers aside as answers to a changed question.
          spellingCheck: z.boolean().optional().meta({
            description:
              'An answer close to an accepted one (a slip in a word of five letters or more, or only spaces, hyphens or letter case that counts) gets "check your spelling" and costs no try. `false` grades it wrong like any other. On unless set to `false`.',
          }),
        }),
      )
      .min(1),
  })
  .meta({ id: 'FillInTheBlankQuestion' });

type WrittenQuestion = z.output<typeof fillInTheBlankSchema>;

/** Placeholders and blanks match one to one; accepted answers are not empty once normalised. */
function checkBlanks(question: WrittenQuestion, path: DocumentPath, report: Report): void {
  const placed = blankSegments(question.text).flatMap((s) => (s.type === 'blank' ? [s.id] : []));
  const defined = new Set(question.blanks.map((blank) => blank.id));
  const seen = new Set<string>();
  for (const id of placed) {
    if (!defined.has(id))
      report([...path, 'text'], `the text has a placeholder {{${id}}} but no blank has id '${id}'`);
    else if (seen.has(id))
      report([...path, 'text'], `the placeholder {{${id}}} appears more than once; use it once`);
    seen.add(id);
  }
  question.blanks.forEach((blank, index) => {
    const blankPath = [...path, 'blanks', index];
    if (!placed.includes(blank.id))
      report(
        [...blankPath, 'id'],
        `blank '${blank.id}' does not appear in the text; add {{${blank.id}}} where it goes`,
      );
    blank.accept.forEach((accepted, k) => {
      if (normaliseAnswerText(accepted) === '')
        report(
          [...blankPath, 'accept', k],
          `accepted answer '${accepted}' is empty once punctuation and spaces are ignored`,
        );
    });
  });
}

/** How a fill-in-the-blank question is written and checked. */
export const fillInTheBlankAuthoring: QuestionAuthoring<typeof fillInTheBlankSchema> = {
  schema: fillInTheBlankSchema,
  check: (question, path, report) => {
    uniqueInnerIds(path, { blanks: question.blanks }, report);
    checkBlanks(question, path, report);
  },
  textFields: (question, path) => [
    { text: question.text, path: [...path, 'text'] },
    ...question.blanks.map((blank, index) => ({
      text: blank.feedback,
      path: [...path, 'blanks', index, 'feedback'],
    })),
  ],
};
