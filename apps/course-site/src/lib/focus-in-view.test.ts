import { describe, expect, it } from 'vitest';
import { revealOffset } from './focus-in-view';

// A phone: 844 px tall, a 60 px navbar and a margin of 8 px each side.
const band = { top: 68, bottom: 836 };

describe('revealOffset', () => {
  it('leaves a stretch already in view where it is', () => {
    expect(revealOffset({ top: 100, bottom: 500 }, band)).toBe(0);
    expect(revealOffset({ top: 68, bottom: 836 }, band)).toBe(0);
  });

  it('scrolls down just enough to show a stretch below the fold, feedback and next action', () => {
    // The feedback starts at 700 and "Next question" ends at 1,100 (the phone case).
    expect(revealOffset({ top: 700, bottom: 1100 }, band)).toBe(264);
  });

  it('scrolls up just enough to show a stretch under the navbar or above the screen', () => {
    expect(revealOffset({ top: -500, bottom: -100 }, band)).toBe(-568);
    expect(revealOffset({ top: 30, bottom: 200 }, band)).toBe(-38);
  });

  it('puts the top of a stretch taller than the screen at the top, so reading starts there', () => {
    expect(revealOffset({ top: 900, bottom: 2000 }, band)).toBe(832);
    expect(revealOffset({ top: -900, bottom: 2000 }, band)).toBe(-968);
  });
});
