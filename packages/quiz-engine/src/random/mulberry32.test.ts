import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, nextSeed } from './mulberry32';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('gives the published first value for seed 0', () => {
    // Reference value of the original C implementation: 1144304738 / 2^32.
    expect(mulberry32(0)()).toBe(1144304738 / 4294967296);
  });

  it('stays in [0, 1)', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});

describe('hashString', () => {
  it('gives the FNV-1a reference values', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});

describe('nextSeed', () => {
  it('derives a different, reproducible seed', () => {
    expect(nextSeed(1)).toBe(nextSeed(1));
    expect(nextSeed(1)).not.toBe(1);
    expect(Number.isInteger(nextSeed(1))).toBe(true);
  });
});
