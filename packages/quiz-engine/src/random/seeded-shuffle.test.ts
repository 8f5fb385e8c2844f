import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32';
import { seededShuffle } from './seeded-shuffle';

describe('seededShuffle', () => {
  it('keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(seededShuffle(items, mulberry32(3)).sort()).toEqual(items);
  });

  it('is reproducible from the seed', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(seededShuffle(items, mulberry32(9))).toEqual(seededShuffle(items, mulberry32(9)));
  });

  it('does not change its input', () => {
    const items = [1, 2, 3];
    seededShuffle(items, mulberry32(1));
    expect(items).toEqual([1, 2, 3]);
  });

  it('reaches every order of three items over many seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++)
      seen.add(seededShuffle([1, 2, 3], mulberry32(seed)).join());
    expect(seen.size).toBe(6);
  });
});
