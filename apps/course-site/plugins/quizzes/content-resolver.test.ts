import { getParagraph, keyPoints } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { resolveCourseReference } from './content-resolver';

describe('resolving quiz references against the course content', () => {
  it('resolves an evidence anchor to the sentences it covers', () => {
    const resolution = resolveCourseReference({
      kind: 'evidence',
      anchor: { paragraph: 'p3', exact: 'real-time missile warning data' },
    });

    expect(resolution).toEqual({ ok: true, sentenceIds: ['p3.s1'] });
  });

  it('resolves an anchor across two sentences to both', () => {
    const resolution = resolveCourseReference({
      kind: 'evidence',
      anchor: { paragraph: 'p8', exact: 'including nuclear. Japan and the ROK' },
    });

    expect(resolution).toEqual({ ok: true, sentenceIds: ['p8.s1', 'p8.s2'] });
  });

  it('refuses an anchor that matches two places and asks for a prefix or suffix', () => {
    const resolution = resolveCourseReference({
      kind: 'evidence',
      anchor: { paragraph: 'p4', exact: 'three sides' },
    });

    expect(resolution).toEqual({
      ok: false,
      message:
        "evidence anchor {p4 'three sides'} matches 2 places in p4; add a 'prefix' or 'suffix' (the words just before or after) so that it matches one",
    });
  });

  it('names the paragraph that has the words when the anchor names another', () => {
    const resolution = resolveCourseReference({
      kind: 'evidence',
      anchor: { paragraph: 'p2', exact: 'real-time missile warning data' },
    });

    expect(resolution).toEqual({
      ok: false,
      message:
        "evidence anchor {p2 'real-time missile warning data'} matches no place in p2; these words are in p3: change 'paragraph'",
    });
  });

  it('says which apostrophe the statement uses when only that differs', () => {
    const resolution = resolveCourseReference({
      kind: 'evidence',
      anchor: { paragraph: 'p1', exact: "Democratic People's Republic of Korea" },
    });

    expect(resolution).toEqual({
      ok: false,
      message:
        "evidence anchor {p1 'Democratic People's Republic of Korea'} matches no place in p1; the statement writes the apostrophe here as ’ (curly): write \"Democratic People’s Republic of Korea\"",
    });
  });

  it('refuses a paragraph the statement does not have', () => {
    expect(
      resolveCourseReference({ kind: 'evidence', anchor: { paragraph: 'p9', exact: 'DPRK' } }),
    ).toEqual({ ok: false, message: "there is no paragraph 'p9' in the statement; use p1 to p8" });
    expect(resolveCourseReference({ kind: 'passage', paragraph: 'P3' })).toEqual({
      ok: false,
      message: "there is no paragraph 'P3' in the statement; use p1 to p8",
    });
  });

  it('resolves a passage to every sentence of its paragraph', () => {
    const sentences = getParagraph('p6')?.sentences.map((sentence) => sentence.id);

    expect(resolveCourseReference({ kind: 'passage', paragraph: 'p6' })).toEqual({
      ok: true,
      sentenceIds: sentences,
    });
  });

  it('accepts every key point and a known glossary term', () => {
    for (const point of keyPoints())
      expect(resolveCourseReference({ kind: 'keyPoint', id: point.id })).toEqual({ ok: true });
    expect(resolveCourseReference({ kind: 'glossary', id: 'gsomia' })).toEqual({ ok: true });
  });

  it('suggests the nearest id for an unknown key point or glossary term', () => {
    expect(resolveCourseReference({ kind: 'keyPoint', id: 'extended-deterence' })).toEqual({
      ok: false,
      message: "there is no key point 'extended-deterence'; did you mean 'extended-deterrence'?",
    });
    expect(resolveCourseReference({ kind: 'glossary', id: 'gsomia-agreement' })).toEqual({
      ok: false,
      message: "there is no glossary term 'gsomia-agreement'; did you mean 'gsomia'?",
    });
  });

  it("finds a glossary id by the term's name or another name, as the glossary page shows them", () => {
    expect(resolveCourseReference({ kind: 'glossary', id: 'North Korea' })).toEqual({
      ok: false,
      message:
        "there is no glossary term 'North Korea'; 'North Korea' is the glossary term 'DPRK': write its id, 'dprk'",
    });
    expect(resolveCourseReference({ kind: 'glossary', id: 'taiwan-straits' })).toEqual({
      ok: false,
      message: "there is no glossary term 'taiwan-straits'; did you mean 'taiwan-strait'?",
    });
  });

  it('says where a key point id belongs, and where the glossary ids are listed', () => {
    expect(resolveCourseReference({ kind: 'glossary', id: 'ukraine' })).toEqual({
      ok: false,
      message:
        "there is no glossary term 'ukraine'; 'ukraine' is a key point id: list it under 'keyPoints' instead",
    });
    expect(resolveCourseReference({ kind: 'glossary', id: 'xylophone' })).toEqual({
      ok: false,
      message:
        "there is no glossary term 'xylophone'; the glossary ids are listed in the instructors' format reference (/instructors/format-reference#glossary-ids)",
    });
  });
});
