import { z } from 'zod';
import type { QuestionAuthoring } from '../../parser/question-authoring';
import { anchorSchema, questionFields, reference } from '../../parser/schema-parts';
import type { SelectEvidenceQuestion } from './select-evidence-question';

/** A select-the-evidence question as written: the evidence anchors are the answer key. */
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

/** What the course content gives a select-the-evidence question: its sentences and its key. */
type ResolvedSentences = Pick<SelectEvidenceQuestion, 'sentenceIds' | 'evidenceSentenceIds'>;

/**
 * How a select-the-evidence question is written: the resolver gives the sentences of its
 * passage (offered to the learner) and those of its evidence (the answer key), which must lie
 * in the passage. Without a resolver such a question cannot be built.
 */
export const selectEvidenceAuthoring: QuestionAuthoring<
  typeof selectEvidenceSchema,
  ResolvedSentences
> = {
  schema: selectEvidenceSchema,
  resolve: (question, path, references, report) => {
    if (references === 'unchecked') {
      report(
        [...path, 'type'],
        "select-evidence questions need the sentences that a resolve callback gives; parse with 'resolve' instead of 'unchecked'",
      );
      return undefined;
    }
    const passage = question.passage.map((paragraph, k) =>
      references.ask([...path, 'passage', k], { kind: 'passage', paragraph }),
    );
    const offered = passage.flatMap((ids) => ids ?? []);
    const inPassage = new Set(offered);
    let complete = passage.every((ids) => ids !== undefined);
    passage.forEach((ids, k) => {
      if (ids?.length === 0) {
        complete = false;
        report(
          [...path, 'passage', k],
          'the resolve callback gave no sentences for this paragraph',
        );
      }
    });
    references.evidence.forEach((ids, k) => {
      if (ids === undefined) complete = false;
      else if (ids.length === 0) {
        complete = false;
        report(
          [...path, 'evidence', k],
          'the resolve callback gave no sentences for this evidence',
        );
      } else if (passage.every((p) => p !== undefined)) {
        const outside = ids.filter((id) => !inPassage.has(id));
        if (outside.length > 0) {
          complete = false;
          report(
            [...path, 'evidence', k],
            `this evidence lies in ${outside.join(', ')}, outside the passage (${question.passage.join(', ')}); add its paragraph to 'passage'`,
          );
        }
      }
    });
    if (!complete) return undefined;
    const chosen = new Set(references.evidence.flatMap((ids) => ids ?? []));
    return {
      sentenceIds: [...inPassage],
      evidenceSentenceIds: offered.filter((id, i) => chosen.has(id) && offered.indexOf(id) === i),
    };
  },
};
