import { describe, expect, it } from 'vitest';
import {
  annotationsIn,
  contextNote,
  contextNoteHeading,
  contextNotes,
  entities,
  entity,
  glossary,
  glossaryTerm,
  isContextNoteId,
  isEntityId,
  isGlossaryId,
  isKeyPointId,
  keyPoint,
  keyPoints,
  termsByFirstLetter,
  timeline,
} from './queries';
import { paragraphText } from './text';

describe('lookups by id', () => {
  it('find each kind of annotation by its id and nothing by a wrong one', () => {
    expect(glossaryTerm('gsomia')?.term).toBe('GSOMIA');
    expect(entity('lee-jong-sup')?.name).toBe('Lee Jong-Sup');
    expect(keyPoint('ukraine')?.title).toBe('Stand with Ukraine');
    expect(contextNote('tisa-2014')?.kind).toBe('background');
    expect(glossaryTerm('Gsomia')).toBeUndefined();
    expect(keyPoint('missile-warning')).toBeUndefined();
  });

  it('check references for quizzes', () => {
    expect(isKeyPointId('taiwan-strait-unclos')).toBe(true);
    expect(isKeyPointId('taiwan')).toBe(false);
    expect(isGlossaryId('unscrs')).toBe(true);
    expect(isGlossaryId('denuclearization-of-the-korean-peninsula')).toBe(false);
    expect(isEntityId('russia')).toBe(true);
    expect(isContextNoteId('camp-david-summit')).toBe(true);
  });

  it('list every annotation of each kind', () => {
    expect(glossary().every((term) => glossaryTerm(term.id) === term)).toBe(true);
    expect(entities().every((item) => entity(item.id) === item)).toBe(true);
    expect(keyPoints().every((point) => keyPoint(point.id) === point)).toBe(true);
    expect(contextNotes().every((note) => contextNote(note.id) === note)).toBe(true);
  });
});

describe('termsByFirstLetter', () => {
  it('groups the glossary under initials in alphabetical order', () => {
    const letters = termsByFirstLetter().map((group) => group.letter);

    expect(letters).toEqual([...letters].sort());
    expect(letters.every((letter) => /^[A-Z#]$/.test(letter))).toBe(true);
  });

  it('sorts within a group ignoring case and files lowercase terms under capitals', () => {
    const t = termsByFirstLetter().find((group) => group.letter === 'T');

    expect(t?.terms.map((term) => term.term)).toEqual([
      'Taiwan Strait',
      'territorial integrity and sovereignty',
      'the Secretary and the two Ministers',
      'TISA',
      'trilateral',
      'Trilateral Ministerial Meeting (TMM)',
    ]);
  });

  it('keeps every term exactly once', () => {
    const grouped = termsByFirstLetter().flatMap((group) => group.terms.map((term) => term.id));

    expect(grouped.sort()).toEqual(
      glossary()
        .map((term) => term.id)
        .sort(),
    );
  });
});

describe('timeline', () => {
  it('returns the events sorted by date, earliest first', () => {
    const dates = timeline().map((event) => event.date);

    expect(dates).toEqual([...dates].sort());
    expect(timeline()[0]?.id).toBe('unscr-1718');
    expect(timeline().at(-1)?.id).toBe('tscf-memorandum');
  });

  it('orders events of the same day by id', () => {
    const sameDay = timeline().filter((event) => event.date === '2023-06-02');

    expect(sameDay.map((event) => event.id)).toEqual([
      'security-council-briefing-2023-06-02',
      'shangri-la-dialogue-2023',
    ]);
  });
});

describe('contextNoteHeading', () => {
  it('labels notes on later events "Later:" and leaves background notes as they are', () => {
    const later = contextNote('camp-david-summit');
    const background = contextNote('tisa-2014');

    expect(later && contextNoteHeading(later)).toBe('Later: The Camp David summit');
    expect(background && contextNoteHeading(background)).toBe(background?.title);
  });
});

describe('annotationsIn', () => {
  it('gathers the terms, entities, notes and key points of a paragraph with their ranges', () => {
    const p4 = annotationsIn('p4');

    expect(p4.paragraph).toBe('p4');
    expect(p4.glossary.map((item) => item.annotation.id)).toEqual(
      expect.arrayContaining([
        'tisa',
        'gsomia',
        'confidence-building-measures',
        'institutionalize',
      ]),
    );
    expect(p4.entities.map((item) => item.annotation.id)).toEqual(
      expect.arrayContaining(['tisa', 'gsomia', 'japan']),
    );
    expect(p4.contextNotes.map((item) => item.annotation.id)).toEqual([
      'tisa-2014',
      'gsomia-normalization',
    ]);
    expect(p4.keyPoints.map((item) => item.annotation.id)).toEqual([
      'information-sharing',
      'confidence-building',
    ]);
  });

  it('reports annotations that lose a link overlap in the reader', () => {
    const rok = annotationsIn('p3').glossary.find((item) => item.annotation.id === 'rok');
    const [range] = rok?.ranges ?? [];

    expect(range && paragraphText('p3').slice(range.start, range.end)).toBe('ROK');
  });

  it('returns every range of a term in the paragraph, sorted by offset', () => {
    const dprk = annotationsIn('p2').glossary.find((item) => item.annotation.id === 'dprk');
    const starts = dprk?.ranges.map((range) => range.start) ?? [];

    expect(starts).toHaveLength(5);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('leaves out annotations of other paragraphs', () => {
    expect(annotationsIn('p7').glossary.map((item) => item.annotation.id)).not.toContain('dprk');
  });
});
