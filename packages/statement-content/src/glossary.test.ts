import { describe, expect, it } from 'vitest';
import { resolveAnchor } from './anchor';
import { glossaryData } from './glossary';
import { paragraphIds, paragraphText } from './text';
import type { GlossaryTerm } from './types';

const wordCharacter = /[\p{L}\p{N}]/u;

/** Places where `words` occur as whole words (not inside a longer word) in the body. */
function wholeWordPlaces(words: string) {
  return paragraphIds.flatMap((paragraph) => {
    const text = paragraphText(paragraph);
    const places: { paragraph: string; start: number; end: number }[] = [];
    for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
      const end = at + words.length;
      const before = text.charAt(at - 1);
      const after = text.charAt(end);
      if (!wordCharacter.test(before) && !wordCharacter.test(after)) {
        places.push({ paragraph, start: at, end });
      }
    }
    return places;
  });
}

function rangesOf(term: GlossaryTerm) {
  return term.anchors.flatMap((anchor) => {
    const resolved = resolveAnchor(anchor);
    return resolved.ok ? [resolved.value] : [];
  });
}

describe('the glossary', () => {
  it('explains at least 25 terms the statement uses', () => {
    expect(glossaryData.length).toBeGreaterThanOrEqual(25);
  });

  it('includes the terms a first-year student needs for this statement', () => {
    const ids = glossaryData.map((term) => term.id);

    expect(ids).toEqual(
      expect.arrayContaining([
        'dprk',
        'rok',
        'tmm',
        'unscrs',
        'weapons-of-mass-destruction',
        'ballistic-missile',
        'space-launch',
        'ship-to-ship-transfers',
        'denuclearization',
        'phnom-penh-summit',
        'missile-warning-data',
        'tisa',
        'gsomia',
        'confidence-building-measures',
        'free-and-open-indo-pacific',
        'maritime-interdiction',
        'anti-piracy',
        'disaster-relief-humanitarian-assistance',
        'anti-submarine',
        'missile-defense',
        'status-quo-by-force',
        'taiwan-strait',
        'unclos',
        'freedom-of-navigation-and-overflight',
        'extended-deterrence',
      ]),
    );
  });

  it.each(glossaryData.map((term) => [term.id, term] as const))(
    "'%s' anchors every whole-word use of its own wording in the statement",
    (_, term) => {
      const ranges = rangesOf(term);
      const forms = new Set(term.anchors.map((anchor) => anchor.exact));

      expect(ranges).toHaveLength(term.anchors.length);
      for (const form of forms) {
        for (const place of wholeWordPlaces(form)) {
          const covered = ranges.some(
            (range) =>
              range.paragraph === place.paragraph &&
              range.start <= place.start &&
              place.end <= range.end,
          );
          expect(covered, `${term.id}: '${form}' in ${place.paragraph} at ${place.start}`).toBe(
            true,
          );
        }
      }
    },
  );

  it('gives every term a short plain definition in whole sentences', () => {
    for (const term of glossaryData) {
      expect(term.definition.length, term.id).toBeLessThanOrEqual(600);
      expect(term.definition, term.id).toMatch(/^[A-Z“].*[.”]$/);
    }
  });

  it('cites a source wherever a definition gives a date', () => {
    const dated = glossaryData.filter((term) => /\b\d{4}\b/.test(term.definition));

    expect(dated.map((term) => term.id)).toEqual(
      expect.arrayContaining(['tisa', 'gsomia', 'phnom-penh-summit', 'space-launch']),
    );
    for (const term of dated) expect(term.sources.length, term.id).toBeGreaterThan(0);
  });

  it('defines the 2014 TISA as the statement names it, with its Washington date', () => {
    const tisa = glossaryData.find((term) => term.id === 'tisa');

    expect(tisa?.anchors[0]?.exact).toBe(
      '2014 U.S.-Japan-ROK Trilateral Information Sharing Arrangement',
    );
    expect(tisa?.definition).toContain('December 28, 2014 (Washington time');
  });

  it('keeps aliases distinct from the term itself', () => {
    for (const term of glossaryData) {
      expect(term.aliases, term.id).not.toContain(term.term);
      expect(new Set(term.aliases).size, term.id).toBe(term.aliases.length);
    }
  });

  it('explains illicit ship-to-ship transfers by the resolution that prohibits them, and cites it', () => {
    const term = glossaryData.find((item) => item.id === 'ship-to-ship-transfers');

    expect(term?.definition).toContain('resolution 2375');
    expect(term?.sources.map((source) => source.title)).toEqual([
      'UN Security Council resolution 2375 (2017), S/RES/2375 (2017)',
    ]);
  });

  it('cites for resolutions 1718 and 1874 the resolutions themselves, not later remarks on others', () => {
    const term = glossaryData.find((item) => item.id === 'unscrs');

    expect(term?.sources.map((source) => source.title)).toEqual([
      'UN Security Council resolution 1718 (2006), S/RES/1718 (2006)',
      'UN Security Council resolution 1874 (2009), S/RES/1874 (2009)',
    ]);
  });
});
