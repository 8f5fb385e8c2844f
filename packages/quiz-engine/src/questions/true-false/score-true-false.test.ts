import { describe, expect, it } from 'vitest';
import { questionBase } from '../../__fixtures__/question-base';
import { isTrueFalseAnswer, scoreTrueFalse } from './score-true-false';
import type { TrueFalseQuestion } from './true-false-question';

const question: TrueFalseQuestion = { ...questionBase('true-false'), answer: false };

describe('scoreTrueFalse', () => {
  it('gives the point when the judgement matches', () => {
    expect(scoreTrueFalse(question, { value: false })).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
      parts: [{ id: 'false', status: 'correct' }],
    });
  });

  it('gives nothing when it does not, and marks the right judgement missed', () => {
    expect(scoreTrueFalse(question, { value: true })).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
      parts: [
        { id: 'true', status: 'incorrect' },
        { id: 'false', status: 'missed' },
      ],
    });
  });

  it('calls no answer invalid', () => {
    expect(scoreTrueFalse(question, undefined)).toEqual({
      type: 'invalid',
      message: 'Choose true or false.',
    });
  });
});

describe('isTrueFalseAnswer', () => {
  it('accepts booleans only', () => {
    expect(isTrueFalseAnswer({ value: true })).toBe(true);
    expect(isTrueFalseAnswer({ value: 'true' })).toBe(false);
  });
});
