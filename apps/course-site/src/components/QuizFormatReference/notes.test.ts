import schema from '@tmm/quiz-engine/quiz.schema.json';
import { describe, expect, it } from 'vitest';
import { schemaReference } from '../../lib/schema-reference';
import { referenceNotes } from './notes';

const sections = schemaReference(schema);

describe('the format reference', () => {
  it('describes every key of the schema, from the schema or from a note', () => {
    const undescribed = sections.flatMap((section) =>
      section.fields
        .filter((field) => !field.description && !referenceNotes[`${section.id}.${field.name}`])
        .map((field) => `${section.id}.${field.name}`),
    );

    expect(undescribed).toEqual([]);
  });

  it('has a section for every question type', () => {
    const titles = sections.map((section) => section.title);

    expect(titles).toEqual(
      expect.arrayContaining([
        'SingleChoiceQuestion',
        'MultipleSelectQuestion',
        'TrueFalseQuestion',
        'FillInTheBlankQuestion',
        'OrderingQuestion',
        'MatchingQuestion',
        'SelectEvidenceQuestion',
      ]),
    );
  });

  it('keeps no note for a key or section the schema no longer has', () => {
    const known = new Set(
      sections.flatMap((section) => [
        section.id,
        ...section.fields.map((f) => `${section.id}.${f.name}`),
      ]),
    );

    expect(Object.keys(referenceNotes).filter((key) => !known.has(key))).toEqual([]);
  });
});
