import { describe, expect, it } from 'vitest';
import {
  allSentenceIds,
  getParagraph,
  getSentence,
  isParagraphId,
  isSentenceId,
  paragraphIds,
  paragraphOf,
  paragraphText,
  sentenceSpans,
} from './text';

describe('paragraph and sentence lookups', () => {
  it('finds a paragraph and a sentence by id', () => {
    expect(getParagraph('p3')?.number).toBe(3);
    expect(getSentence('p7.s3')?.text).toBe(
      'They emphasized the importance of peace and stability across the Taiwan Strait.',
    );
  });

  it('returns undefined for ids that name nothing', () => {
    expect(getParagraph('p9')).toBeUndefined();
    expect(getSentence('p1.s3')).toBeUndefined();
    expect(getSentence('p1')).toBeUndefined();
  });

  it('recognises sentence and paragraph ids of the body only', () => {
    expect(isSentenceId('p2.s7')).toBe(true);
    expect(isSentenceId('p2.s8')).toBe(false);
    expect(isSentenceId('p2.s0')).toBe(false);
    expect(isSentenceId('P2.S1')).toBe(false);
    expect(isParagraphId('p8')).toBe(true);
    expect(isParagraphId('p0')).toBe(false);
  });

  it('lists the paragraph ids and every sentence id in reading order', () => {
    expect(paragraphIds).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
    expect(allSentenceIds().slice(0, 3)).toEqual(['p1.s1', 'p1.s2', 'p2.s1']);
    expect(allSentenceIds().at(-1)).toBe('p8.s3');
  });

  it('gives the paragraph of a sentence id', () => {
    expect(paragraphOf('p4.s2')).toBe('p4');
  });
});

describe('sentenceSpans', () => {
  it.each(paragraphIds)('locates each sentence of %s in the paragraph text', (id) => {
    const text = paragraphText(id);

    for (const span of sentenceSpans(id)) {
      expect(text.slice(span.start, span.end)).toBe(getSentence(span.id)?.text);
    }
  });

  it('leaves exactly one space between sentences and nothing after the last', () => {
    const spans = sentenceSpans('p2');
    const text = paragraphText('p2');

    for (const [index, span] of spans.entries()) {
      const next = spans[index + 1];
      if (next === undefined) expect(span.end).toBe(text.length);
      else expect(text.slice(span.end, next.start)).toBe(' ');
    }
  });
});
