import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsForgiven, isNearMiss } from './near-miss';
import { normaliseAnswerText } from './normalise-answer-text';

describe('isNearMiss', () => {
  it('catches a misspelt word of five letters or more', () => {
    expect(isNearMiss('balistic missile', ['ballistic missile'], false)).toBe(true);
    expect(isNearMiss('Singapor', ['Singapore'], false)).toBe(true);
    expect(isNearMiss('Singpaore', ['Singapore'], false)).toBe(true);
    expect(isNearMiss('trilaterl', ['trilateral'], false)).toBe(true);
  });

  it('forgives nothing in short words, and not too much in long ones', () => {
    expect(editsForgiven(4)).toBe(0);
    expect(isNearMiss('Sool', ['Seoul'], false)).toBe(false);
    expect(isNearMiss('ROC', ['ROK'], false)).toBe(false);
    expect(isNearMiss('Tokyo', ['Seoul'], false)).toBe(false);
    expect(isNearMiss('blistc missile', ['ballistic missile'], false)).toBe(false);
    expect(isNearMiss('cruise missile', ['ballistic missile'], false)).toBe(false);
  });

  it('catches answers differing only in spaces, hyphens or case where case counts', () => {
    expect(isNearMiss('Indo Pacific', ['Indo-Pacific'], false)).toBe(true);
    expect(isNearMiss('IndoPacific', ['Indo Pacific'], false)).toBe(true);
    // Hyphens alone and apostrophe styles are already ignored: accepted, so no near miss.
    expect(isNearMiss('IndoPacific', ['Indo-Pacific'], false)).toBe(false);
    expect(isNearMiss('dprk', ['DPRK'], true)).toBe(true);
    expect(isNearMiss("People's", ['People’s'], true)).toBe(false);
  });

  it('never calls an accepted answer a near miss', () => {
    expect(isNearMiss('ballistic missile', ['ballistic missile'], false)).toBe(false);
    expect(isNearMiss('DPRK', ['DPRK'], true)).toBe(false);
    expect(isNearMiss('', ['Seoul'], false)).toBe(false);
  });

  it('is never true of a text the blank accepts, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ minLength: 1 }), { minLength: 1 }),
        fc.boolean(),
        (given, accepted, caseSensitive) => {
          const accepts = accepted.some(
            (answer) =>
              normaliseAnswerText(answer, caseSensitive) ===
              normaliseAnswerText(given, caseSensitive),
          );
          if (accepts) expect(isNearMiss(given, accepted, caseSensitive)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('catches every single-letter slip in a word of five letters or more', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{5,12}$/),
        fc.nat(),
        fc.constantFrom('a', 'e', 'x'),
        (word, at, letter) => {
          const index = at % word.length;
          const slipped = word.slice(0, index) + letter + word.slice(index + 1);
          if (slipped !== word) expect(isNearMiss(slipped, [word], false)).toBe(true);
        },
      ),
    );
  });
});
