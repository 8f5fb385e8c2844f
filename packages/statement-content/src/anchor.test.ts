import { describe, expect, it } from 'vitest';
import {
  describeAnchor,
  resolveAnchor,
  sentenceAnchor,
  sentenceIdsOf,
  sentencesCovered,
} from './anchor';
import { contextNote, keyPoint } from './queries';
import { allSentenceIds, getSentence, paragraphText } from './text';
import type { TextQuoteAnchor } from './types';

describe('resolveAnchor', () => {
  it('resolves a unique quote to its offsets and sentence', () => {
    const result = resolveAnchor({ paragraph: 'p7', exact: 'Taiwan Strait' });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = paragraphText('p7');
    expect(text.slice(result.value.start, result.value.end)).toBe('Taiwan Strait');
    expect(result.value.sentenceIds).toEqual(['p7.s3']);
  });

  it('reports a quote that occurs in several places with the count and a fix', () => {
    const result = resolveAnchor({ paragraph: 'p2', exact: 'DPRK' });

    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'ambiguous',
        matches: 5,
        message: "anchor {p2 'DPRK'} matches 5 places; add a prefix or suffix",
      },
    });
  });

  it('uses a suffix that follows to pick one place', () => {
    const result = resolveAnchor({ paragraph: 'p2', exact: 'DPRK', suffix: ' threat' });

    expect(result.ok && result.value.sentenceIds).toEqual(['p2.s4']);
  });

  it('uses a prefix that precedes to pick one place', () => {
    const result = resolveAnchor({ paragraph: 'p2', exact: 'UNSCRs', prefix: 'all relevant ' });

    expect(result.ok && result.value.sentenceIds).toEqual(['p2.s7']);
  });

  it('rejects a prefix that occurs earlier but not immediately before', () => {
    const result = resolveAnchor({ paragraph: 'p2', exact: 'UNSCRs', prefix: 'all ' });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('no-match');
  });

  it('matches the words of a suffix whatever the whitespace at the join', () => {
    for (const suffix of ['Strait', ' Strait', '  Strait ', '\nStrait'])
      expect(resolveAnchor({ paragraph: 'p7', exact: 'Taiwan', suffix }).ok).toBe(true);
  });

  it('matches the words of a prefix whatever the whitespace at the join', () => {
    const spaced = resolveAnchor({ paragraph: 'p3', exact: 'trilateral', prefix: 'recognized ' });
    const bare = resolveAnchor({ paragraph: 'p3', exact: 'trilateral', prefix: 'recognized' });

    expect(bare).toEqual(spaced);
    expect(bare.ok).toBe(true);
  });

  it('matches a prefix and a suffix as whole words, not parts of words', () => {
    expect(resolveAnchor({ paragraph: 'p7', exact: 'Taiwan', suffix: 'Str' }).ok).toBe(false);
    expect(resolveAnchor({ paragraph: 'p3', exact: 'trilateral', prefix: 'ognized' }).ok).toBe(
      false,
    );
  });

  it('rejects a suffix that does not follow, whitespace aside', () => {
    const result = resolveAnchor({ paragraph: 'p7', exact: 'Taiwan', suffix: 'peace' });

    expect(!result.ok && result.error.kind).toBe('no-match');
  });

  it('tells apart the typographic and the straight apostrophe', () => {
    expect(resolveAnchor({ paragraph: 'p6', exact: 'DPRK’s' }).ok).toBe(false);
    expect(resolveAnchor({ paragraph: 'p6', exact: "DPRK's" }).ok).toBe(true);
  });

  it('reports a quote that is not in the paragraph', () => {
    const result = resolveAnchor({ paragraph: 'p1', exact: 'Taiwan Strait' });

    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'no-match', matches: 0 },
    });
    expect(!result.ok && result.error.message).toContain("{p1 'Taiwan Strait'}");
  });

  it('refuses an empty quote and an unknown paragraph', () => {
    // Authored quiz files can name any paragraph; the type cannot stop that at run time.
    const unknown = { paragraph: 'p9', exact: 'DPRK' } as unknown as TextQuoteAnchor;

    expect(!resolveAnchor({ paragraph: 'p1', exact: '' }).ok).toBe(true);
    expect(resolveAnchor(unknown)).toMatchObject({
      ok: false,
      error: { kind: 'unknown-paragraph' },
    });
  });

  it('lists every sentence a quote spanning a sentence break touches', () => {
    const result = resolveAnchor({ paragraph: 'p5', exact: 'trilateral exercises. They further' });

    expect(result.ok && result.value.sentenceIds).toEqual(['p5.s1', 'p5.s2']);
  });

  it('counts each recurrence of a short quote inside a longer phrase as a place', () => {
    // "The Secretary and the two Ministers" opens two sentences of p3.
    const result = resolveAnchor({ paragraph: 'p3', exact: 'the two' });

    expect(!result.ok && result.error.matches).toBe(2);
  });
});

describe('sentenceAnchor', () => {
  it.each(allSentenceIds())('anchors %s to exactly that sentence', (id) => {
    const anchor = sentenceAnchor(id);
    const result = resolveAnchor(anchor);

    expect(anchor.exact).toBe(getSentence(id)?.text);
    expect(result.ok && result.value.sentenceIds).toEqual([id]);
  });
});

describe('sentenceIdsOf', () => {
  it('gives the sentences an anchor covers, or none when it does not resolve', () => {
    expect(sentenceIdsOf({ paragraph: 'p8', exact: 'including nuclear' })).toEqual(['p8.s1']);
    expect(sentenceIdsOf({ paragraph: 'p8', exact: 'the' })).toEqual([]);
  });
});

describe('describeAnchor', () => {
  it('names the paragraph, the quote and any prefix or suffix', () => {
    expect(describeAnchor({ paragraph: 'p2', exact: 'DPRK', suffix: ' threat' })).toBe(
      "{p2 'DPRK' suffix ' threat'}",
    );
    expect(describeAnchor({ paragraph: 'p2', exact: 'UNSCRs', prefix: 'all relevant ' })).toBe(
      "{p2 'UNSCRs' prefix 'all relevant '}",
    );
  });
});

describe('sentencesCovered', () => {
  it('lists the sentences of the denuclearization key point in reading order', () => {
    const evidence = keyPoint('denuclearization')?.evidence ?? [];

    expect(sentencesCovered(evidence)).toEqual([
      'p1.s2',
      'p2.s1',
      'p2.s2',
      'p2.s5',
      'p2.s6',
      'p2.s7',
    ]);
  });

  it('names a sentence once when two anchors fall in it', () => {
    const anchors = contextNote('mechanism-activated')?.anchors ?? [];

    expect(sentencesCovered(anchors)).toEqual(['p3.s1', 'p3.s3']);
  });

  it('leaves out an anchor that matches no place', () => {
    expect(
      sentencesCovered([
        { paragraph: 'p1', exact: 'words the statement never uses' },
        { paragraph: 'p2', exact: 'They urged' },
      ]),
    ).toEqual(['p2.s7']);
  });

  it('returns the sentences in reading order whatever the order of the anchors', () => {
    expect(sentencesCovered([sentenceAnchor('p4.s2'), sentenceAnchor('p2.s7')])).toEqual([
      'p2.s7',
      'p4.s2',
    ]);
  });
});
