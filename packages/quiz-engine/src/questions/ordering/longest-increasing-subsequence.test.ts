import { describe, expect, it } from 'vitest';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence';

describe('longestIncreasingSubsequence', () => {
  it('returns every index of a sorted list', () => {
    expect(longestIncreasingSubsequence([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
  });

  it('returns one index of a reversed list', () => {
    expect(longestIncreasingSubsequence([3, 2, 1, 0])).toHaveLength(1);
  });

  it('finds the longest run among shuffled values', () => {
    const values = [2, 0, 3, 1, 4];
    const run = longestIncreasingSubsequence(values);
    expect(run).toHaveLength(3);
    const picked = run.map((index) => values[index] ?? -1);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
  });

  it('returns nothing for an empty list', () => {
    expect(longestIncreasingSubsequence([])).toEqual([]);
  });
});
