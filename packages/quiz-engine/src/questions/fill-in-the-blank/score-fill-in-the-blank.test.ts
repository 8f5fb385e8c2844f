import { describe, expect, it } from 'vitest';
import { questionBase } from '../../__fixtures__/question-base';
import type { FillInTheBlankQuestion } from './fill-in-the-blank-question';
import { isFillInTheBlankAnswer, scoreFillInTheBlank } from './score-fill-in-the-blank';

const question: FillInTheBlankQuestion = {
  ...questionBase('fill-in-the-blank'),
  text: 'The meeting was held in {{city}} by {{count}} ministers.',
  blanks: [
    { id: 'city', accept: ['Singapore'], caseSensitive: false },
    { id: 'count', accept: ['three', '3'], caseSensitive: false },
  ],
};

describe('scoreFillInTheBlank', () => {
  it('gives a point per blank that matches an accepted answer', () => {
    expect(scoreFillInTheBlank(question, { blanks: { city: 'singapore', count: '3' } })).toEqual({
      type: 'points',
      earned: 2,
      total: 2,
      correct: true,
      parts: [
        { id: 'city', status: 'correct' },
        { id: 'count', status: 'correct' },
      ],
    });
  });

  it('gives partial credit when one blank is wrong', () => {
    const result = scoreFillInTheBlank(question, { blanks: { city: 'Seoul', count: ' Three. ' } });
    expect(result).toMatchObject({ earned: 1, total: 2, correct: false });
  });

  it('calls an answer with an empty blank invalid', () => {
    expect(scoreFillInTheBlank(question, { blanks: { city: 'Singapore', count: '  ' } })).toEqual({
      type: 'invalid',
      message: 'Fill in every blank.',
    });
    expect(scoreFillInTheBlank(question, { blanks: { city: 'Singapore' } }).type).toBe('invalid');
    expect(scoreFillInTheBlank(question, undefined).type).toBe('invalid');
  });

  it('respects a case-sensitive blank', () => {
    const strict: FillInTheBlankQuestion = {
      ...question,
      blanks: [{ id: 'city', accept: ['DPRK'], caseSensitive: true }],
      text: '{{city}}',
    };
    // Only the case differs: a near miss, so check the spelling, unless the author said not to.
    expect(scoreFillInTheBlank(strict, { blanks: { city: 'dprk' } })).toMatchObject({
      type: 'invalid',
    });
    const noCheck = { ...strict, blanks: [{ ...strict.blanks[0], spellingCheck: false }] };
    expect(
      scoreFillInTheBlank(noCheck as FillInTheBlankQuestion, { blanks: { city: 'dprk' } }),
    ).toMatchObject({ earned: 0 });
    expect(scoreFillInTheBlank(strict, { blanks: { city: 'D.P.R.K.' } })).toMatchObject({
      earned: 1,
    });
  });
});

describe('near misses in the blanks', () => {
  const missile: FillInTheBlankQuestion = {
    ...questionBase('fill-in-the-blank'),
    text: 'North Korea launched a {{kind}} on the {{place}}.',
    blanks: [
      { id: 'kind', accept: ['ballistic missile'], caseSensitive: false },
      { id: 'place', accept: ['Korean Peninsula'], caseSensitive: false },
    ],
  };

  it('asks to check the spelling instead of marking it wrong', () => {
    expect(
      scoreFillInTheBlank(missile, {
        blanks: { kind: 'balistic missile', place: 'Korean Peninsula' },
      }),
    ).toEqual({
      type: 'invalid',
      message:
        'Check your spelling: blank 1 is close to an accepted answer but not quite it. Checking again costs no try.',
    });
    expect(
      scoreFillInTheBlank(missile, {
        blanks: { kind: 'balistic missile', place: 'Korean Peninsulla' },
      }),
    ).toMatchObject({
      message: expect.stringContaining('blanks 1 and 2 are close'),
    });
  });

  it('still grades a far-off answer wrong, and an accepted one right', () => {
    expect(
      scoreFillInTheBlank(missile, {
        blanks: { kind: 'cruise missile', place: 'Korean Peninsula' },
      }),
    ).toMatchObject({ type: 'points', earned: 1, total: 2 });
    expect(
      scoreFillInTheBlank(missile, {
        blanks: { kind: 'Ballistic Missile', place: 'korean peninsula' },
      }),
    ).toMatchObject({ type: 'points', earned: 2 });
  });

  it('grades a near miss wrong in a blank whose author turned the check off', () => {
    const strict: FillInTheBlankQuestion = {
      ...missile,
      blanks: missile.blanks.map((blank) =>
        blank.id === 'kind' ? { ...blank, spellingCheck: false } : blank,
      ),
    };
    expect(
      scoreFillInTheBlank(strict, {
        blanks: { kind: 'balistic missile', place: 'Korean Peninsula' },
      }),
    ).toMatchObject({ type: 'points', earned: 1, total: 2 });
  });
});

describe('isFillInTheBlankAnswer', () => {
  it('accepts a record of strings only', () => {
    expect(isFillInTheBlankAnswer({ blanks: { a: 'x' } })).toBe(true);
    expect(isFillInTheBlankAnswer({ blanks: { a: 1 } })).toBe(false);
    expect(isFillInTheBlankAnswer({ blanks: ['x'] })).toBe(false);
  });
});
