import { describe, expect, it } from 'vitest';
import { statementSource } from './statement-source';

describe('statementSource', () => {
  it('places an anchor of the statement by paragraph and sentence numbers', () => {
    expect(
      statementSource.locate({
        paragraph: 'p1',
        exact: 'Trilateral Ministerial Meeting in Singapore',
      }),
    ).toEqual({
      paragraph: 1,
      sentences: [1],
    });
    expect(statementSource.locate({ paragraph: 'p1', exact: 'no such words' })).toBeUndefined();
    expect(statementSource.locate({ paragraph: 'p99', exact: 'Singapore' })).toBeUndefined();
  });

  it('gives a sentence its words and place, and a paragraph number its id', () => {
    const sentence = statementSource.sentence('p3.s1');
    expect(sentence?.place).toEqual({ paragraph: 3, sentences: [1] });
    expect(sentence?.text).toMatch(/^In line with/);
    expect(statementSource.sentence('p3.s99')).toBeUndefined();
    expect(statementSource.paragraphId(8)).toBe('p8');
    expect(statementSource.paragraphId(9)).toBeUndefined();
  });
});
