import { describe, expect, it } from 'vitest';
import { seededRandom, seededShuffle } from './seeded-random';

describe('seeded randomness', () => {
  it('repeats its draws for the same seed', () => {
    const first = seededRandom('learner-1');
    const second = seededRandom('learner-1');

    expect(Array.from({ length: 5 }, first)).toEqual(Array.from({ length: 5 }, second));
  });

  it('draws numbers from 0 up to 1', () => {
    const draws = Array.from({ length: 1000 }, seededRandom(42));

    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(990);
  });

  it('shuffles into a reordering of the same items', () => {
    const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];

    const shuffled = seededShuffle(items, seededRandom('s'));

    expect([...shuffled].sort()).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });
});
