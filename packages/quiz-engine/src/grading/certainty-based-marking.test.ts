import { describe, expect, it } from 'vitest';
import { CERTAINTY_SCALE, certaintyMark } from './certainty-based-marking';

describe('certaintyMark', () => {
  it("follows Moodle's scale for right and wrong answers", () => {
    expect([1, 2, 3].map((level) => certaintyMark(1, level as 1 | 2 | 3))).toEqual([1, 2, 3]);
    expect([1, 2, 3].map((level) => certaintyMark(0, level as 1 | 2 | 3))).toEqual([0, -2, -6]);
  });

  it('interpolates partial credit between the wrong and the right mark', () => {
    expect(certaintyMark(0.5, 1)).toBe(0.5);
    expect(certaintyMark(0.5, 2)).toBe(0);
    expect(certaintyMark(0.5, 3)).toBe(-1.5);
  });

  it('makes honest confidence the best strategy: each level wins for some probability of being right', () => {
    const expected = (p: number, level: 1 | 2 | 3) => {
      const { right, wrong } = CERTAINTY_SCALE[level];
      return p * right + (1 - p) * wrong;
    };
    const best = (p: number) =>
      ([1, 2, 3] as const).reduce((a, b) => (expected(p, b) > expected(p, a) ? b : a));
    expect([0.5, 0.75, 0.9].map(best)).toEqual([1, 2, 3]);
  });
});
