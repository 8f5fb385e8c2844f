import { describe, expect, it } from 'vitest';
import { describeSentences, readerHref, sentenceNumber } from './sentence-places';

describe('sentenceNumber', () => {
  it('reads the place of a sentence in its paragraph', () => {
    expect(sentenceNumber('p2.s7')).toBe(7);
  });
});

describe('describeSentences', () => {
  it('names a single sentence', () => {
    expect(describeSentences(['p4.s3'])).toBe('paragraph 4, sentence 3');
  });

  it('groups the sentences of each paragraph and joins the last two with "and"', () => {
    expect(describeSentences(['p1.s2', 'p2.s1', 'p2.s2', 'p2.s5'])).toBe(
      'paragraph 1, sentence 2; paragraph 2, sentences 1, 2 and 5',
    );
  });
});

describe('readerHref', () => {
  it('links to the reader itself when there is no sentence', () => {
    expect(readerHref([])).toBe('/statement');
  });

  it('links a single sentence by its anchor', () => {
    expect(readerHref(['p7.s1'])).toBe('/statement#p7.s1');
  });

  it('asks the reader to highlight several sentences and scrolls to the first', () => {
    expect(readerHref(['p3.s1', 'p3.s2', 'p3.s3'])).toBe(
      '/statement?highlight=p3.s1,p3.s2,p3.s3#p3.s1',
    );
  });
});
