import { keyPoints } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { keyPointSlot } from './key-point-slot';

describe('keyPointSlot', () => {
  it('gives every key point of the course a slot of its own', () => {
    const slots = keyPoints().map((_, index) => keyPointSlot(index + 1));

    expect(new Set(slots).size).toBe(keyPoints().length);
  });

  it('starts again at slot 1 after slot 12', () => {
    expect(keyPointSlot(12)).toBe(12);
    expect(keyPointSlot(13)).toBe(1);
  });
});
