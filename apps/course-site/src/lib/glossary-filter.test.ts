import { entities, glossary } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { entryMatches, filterStatus, foldForFilter, queryWords } from './glossary-filter';

const termTexts = glossary().map((term) => ({
  id: term.id,
  texts: [term.term, ...term.aliases, term.definition],
}));
const nameTexts = entities().map((named) => ({
  id: named.id,
  texts: [named.name, named.description],
}));

function matching(query: string): string[] {
  const words = queryWords(query);
  return [...termTexts, ...nameTexts]
    .filter((entry) => entryMatches(entry.texts, words))
    .map((entry) => entry.id);
}

describe('the glossary filter', () => {
  it('keeps every entry for an empty or blank query', () => {
    const all = termTexts.length + nameTexts.length;

    expect(matching('')).toHaveLength(all);
    expect(matching('   ')).toHaveLength(all);
  });

  it('finds the GSOMIA by its abbreviation in any case, and keeps only entries that use the word', () => {
    const found = matching('gsomia');

    expect(found).toContain('gsomia');
    for (const id of found) {
      const entry = [...termTexts, ...nameTexts].find((candidate) => candidate.id === id);
      expect(entry?.texts.join(' ').toLowerCase()).toContain('gsomia');
    }
    expect(found.length).toBeLessThan(termTexts.length + nameTexts.length);
  });

  it('finds a name whatever its dashes and case, every word required', () => {
    expect(matching('lee jong sup')).toContain('lee-jong-sup');
    expect(matching('Lee Jong-Sup')).toContain('lee-jong-sup');
    expect(matching('lee zebra')).toEqual([]);
  });

  it('folds accents and curly apostrophes', () => {
    expect(foldForFilter('Café DPRK’s')).toBe("cafe dprk's");
    expect(entryMatches(["the DPRK's program"], queryWords('DPRK’s'))).toBe(true);
  });

  it('says how many entries the query keeps', () => {
    expect(filterStatus('', 140, 140)).toBe('All 140 entries.');
    expect(filterStatus(' gsomia ', 3, 140)).toBe('3 of 140 entries match “gsomia”.');
    expect(filterStatus('tisa', 1, 140)).toBe('1 of 140 entries matches “tisa”.');
    expect(filterStatus('zebra', 0, 140)).toBe('No entry matches “zebra”.');
  });
});
