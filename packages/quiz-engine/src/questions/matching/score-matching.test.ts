import { describe, expect, it } from 'vitest';
import { questionBase } from '../../__fixtures__/question-base';
import type { MatchingQuestion } from './matching-question';
import { isMatchingAnswer, scoreMatching } from './score-matching';

const question: MatchingQuestion = {
  ...questionBase('matching'),
  pairs: [
    { id: 'us', left: 'United States', right: 'Secretary of Defense' },
    { id: 'jp', left: 'Japan', right: 'Minister of Defense' },
    { id: 'kr', left: 'Republic of Korea', right: 'Minister of National Defense' },
  ],
  distractors: [{ id: 'fm', text: 'Foreign Minister' }],
};

describe('scoreMatching', () => {
  it('gives a point per correct pair', () => {
    expect(scoreMatching(question, { pairs: { us: 'us', jp: 'jp', kr: 'kr' } })).toMatchObject({
      earned: 3,
      total: 3,
      correct: true,
    });
  });

  it('gives partial credit per pair, distractors counting as wrong', () => {
    const result = scoreMatching(question, { pairs: { us: 'us', jp: 'kr', kr: 'fm' } });
    expect(result).toEqual({
      type: 'points',
      earned: 1,
      total: 3,
      correct: false,
      parts: [
        { id: 'us', status: 'correct' },
        { id: 'jp', status: 'incorrect' },
        { id: 'kr', status: 'incorrect' },
      ],
    });
  });

  it('calls an answer with an unmatched prompt invalid', () => {
    expect(scoreMatching(question, { pairs: { us: 'us', jp: 'jp' } })).toEqual({
      type: 'invalid',
      message: 'Match every item.',
    });
    expect(scoreMatching(question, undefined).type).toBe('invalid');
  });

  it('calls an unknown choice invalid', () => {
    expect(scoreMatching(question, { pairs: { us: 'us', jp: 'jp', kr: 'nope' } }).type).toBe(
      'invalid',
    );
  });
});

describe('isMatchingAnswer', () => {
  it('accepts a record of strings only', () => {
    expect(isMatchingAnswer({ pairs: {} })).toBe(true);
    expect(isMatchingAnswer({ pairs: { a: true } })).toBe(false);
  });
});
