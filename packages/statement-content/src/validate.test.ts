import { describe, expect, it } from 'vitest';
import type { AnnotationSet } from './annotations';
import { courseAnnotations } from './annotations';
import type { GlossaryTerm } from './types';
import { isKebabCaseId, validateAnnotations } from './validate';

const dprkTerm: GlossaryTerm = {
  id: 'dprk',
  term: 'DPRK',
  aliases: [],
  definition: 'North Korea.',
  sources: [],
  anchors: [{ paragraph: 'p2', exact: 'DPRK' }],
};

function withGlossary(...glossary: GlossaryTerm[]): AnnotationSet {
  return { ...courseAnnotations, glossary };
}

describe('validateAnnotations', () => {
  it('finds no problem in the course annotations', () => {
    expect(validateAnnotations()).toEqual([]);
  });

  it('names the annotation whose anchor matches several places and says how to fix it', () => {
    const problems = validateAnnotations(withGlossary(dprkTerm));

    expect(problems).toEqual([
      {
        kind: 'glossary',
        id: 'dprk',
        message:
          "glossary term 'dprk': anchor {p2 'DPRK'} matches 5 places; add a prefix or suffix",
      },
    ]);
  });

  it('reports an anchor that matches nothing', () => {
    const term = { ...dprkTerm, anchors: [{ paragraph: 'p6' as const, exact: 'DPRK’s' }] };

    expect(validateAnnotations(withGlossary(term)).map((p) => p.message)).toEqual([
      "glossary term 'dprk': anchor {p6 'DPRK’s'} matches no place in p6; copy the words exactly, apostrophes included",
    ]);
  });

  it('reports ids that are not kebab-case or are used twice in one kind', () => {
    const upper = {
      ...dprkTerm,
      id: 'DPRK',
      anchors: [{ paragraph: 'p3' as const, exact: 'DPRK' }],
    };
    const twice = { ...dprkTerm, anchors: [{ paragraph: 'p5' as const, exact: 'DPRK' }] };
    const again = { ...dprkTerm, anchors: [{ paragraph: 'p6' as const, exact: 'DPRK' }] };

    expect(validateAnnotations(withGlossary(upper, twice, again)).map((p) => p.message)).toEqual([
      `glossary term 'DPRK': id must be kebab-case (e.g. "missile-defense")`,
      "glossary term 'dprk': id is used twice among glossary terms",
    ]);
  });

  it('requires a source where a definition gives a date', () => {
    const term = {
      ...dprkTerm,
      definition: 'Tested in 2006.',
      anchors: [{ paragraph: 'p5' as const, exact: 'DPRK' }],
    };

    expect(validateAnnotations(withGlossary(term)).map((p) => p.message)).toEqual([
      "glossary term 'dprk': cites no source",
    ]);
  });

  it('reports a timeline event whose "later" flag contradicts its date', () => {
    const annotations: AnnotationSet = {
      ...courseAnnotations,
      timeline: [
        {
          id: 'camp-david-summit',
          date: '2023-08-18',
          title: 'Camp David summit',
          description: 'Mislabelled.',
          later: false,
          sources: [{ title: 'Camp David Principles', url: 'https://japan.go.jp/' }],
        },
      ],
    };

    expect(validateAnnotations(annotations).map((p) => p.message)).toEqual([
      "timeline event 'camp-david-summit': date 2023-08-18 is after the meeting (2023-06-03); mark it as later",
    ]);
  });

  it('reports a source address that is not http(s) and a context note without sources', () => {
    const annotations: AnnotationSet = {
      ...courseAnnotations,
      contextNotes: [
        {
          id: 'bare-note',
          kind: 'background',
          title: 'A note',
          body: 'Text.',
          sources: [],
          anchors: [{ paragraph: 'p7', exact: 'Taiwan Strait' }],
        },
      ],
      keyPoints: [],
      entities: courseAnnotations.entities.map((entity) =>
        entity.id === 'ukraine'
          ? { ...entity, sources: [{ title: 'Local file', url: 'file:///tmp/x.html' }] }
          : entity,
      ),
    };

    expect(validateAnnotations(annotations).map((p) => p.message)).toEqual([
      "entity 'ukraine': source 'Local file' has a url that is not http(s): file:///tmp/x.html",
      "context note 'bare-note': cites no source",
    ]);
  });

  it('reports a timeline event that names a missing entity', () => {
    const [first] = courseAnnotations.timeline;
    if (first === undefined) throw new Error('The course has a timeline.');
    const annotations = { ...courseAnnotations, timeline: [{ ...first, entityId: 'atlantis' }] };

    expect(validateAnnotations(annotations).map((p) => p.message)).toEqual([
      `timeline event '${first.id}': names entity 'atlantis', which does not exist`,
    ]);
  });
});

describe('isKebabCaseId', () => {
  it('accepts lowercase words joined by single hyphens and nothing else', () => {
    expect(isKebabCaseId('free-open-indo-pacific')).toBe(true);
    expect(isKebabCaseId('tmm-2023-06-03')).toBe(true);
    expect(isKebabCaseId('Free-Open')).toBe(false);
    expect(isKebabCaseId('free--open')).toBe(false);
    expect(isKebabCaseId('-free')).toBe(false);
    expect(isKebabCaseId('free_open')).toBe(false);
  });
});
