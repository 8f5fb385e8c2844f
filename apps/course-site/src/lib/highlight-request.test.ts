import { describe, expect, it } from 'vitest';
import { highlightRequest } from './highlight-request';

describe('highlightRequest', () => {
  it('reads a sentence id from the hash', () => {
    expect(highlightRequest('', '#p3.s2')).toEqual(['p3.s2']);
  });

  it('reads several sentence ids from the highlight parameter', () => {
    expect(highlightRequest('?highlight=p3.s2,p3.s3', '')).toEqual(['p3.s2', 'p3.s3']);
  });

  it('combines the parameter and the hash without repeating a sentence', () => {
    expect(highlightRequest('?highlight=p3.s2', '#p3.s2')).toEqual(['p3.s2']);
  });

  it('ignores a paragraph hash and malformed ids', () => {
    expect(highlightRequest('?highlight=p9.s1,p3,x', '#p3')).toEqual([]);
  });

  it('ignores a hash that is not valid percent-encoding, keeping the parameter', () => {
    for (const hash of ['#%', '#%E0%A4%A', '#p3.s2%', '#%ZZ']) {
      expect(highlightRequest('?highlight=p1.s1', hash)).toEqual(['p1.s1']);
    }
    expect(highlightRequest('', '#p3%2Es2')).toEqual(['p3.s2']);
  });
});
