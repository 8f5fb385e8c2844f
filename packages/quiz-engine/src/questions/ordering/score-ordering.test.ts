import { describe, expect, it } from 'vitest';
import { questionBase } from '../../__fixtures__/question-base';
import type { OrderingQuestion } from './ordering-question';
import { isOrderingAnswer, scoreOrdering } from './score-ordering';

const question: OrderingQuestion = {
  ...questionBase('ordering'),
  items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id.toUpperCase() })),
};

const earned = (order: string[]) => {
  const result = scoreOrdering(question, { order });
  return result.type === 'points' ? `${result.earned}/${result.total}` : result.type;
};

describe('scoreOrdering', () => {
  it('gives full credit for the correct order', () => {
    expect(scoreOrdering(question, { order: ['a', 'b', 'c', 'd', 'e'] })).toMatchObject({
      earned: 4,
      total: 4,
      correct: true,
    });
  });

  it('costs one point for one item moved out of place', () => {
    expect(earned(['b', 'c', 'd', 'e', 'a'])).toBe('3/4');
    expect(earned(['a', 'c', 'b', 'd', 'e'])).toBe('3/4');
  });

  it('gives nothing for the reversed order', () => {
    expect(earned(['e', 'd', 'c', 'b', 'a'])).toBe('0/4');
  });

  it('marks the items outside the longest ordered run as incorrect', () => {
    const result = scoreOrdering(question, { order: ['a', 'b', 'e', 'c', 'd'] });
    expect(result.type === 'points' && result.parts).toEqual([
      { id: 'a', status: 'correct' },
      { id: 'b', status: 'correct' },
      { id: 'e', status: 'incorrect' },
      { id: 'c', status: 'correct' },
      { id: 'd', status: 'correct' },
    ]);
  });

  it('calls an order that misses, repeats or invents items invalid', () => {
    expect(earned(['a', 'b', 'c', 'd'])).toBe('invalid');
    expect(earned(['a', 'a', 'c', 'd', 'e'])).toBe('invalid');
    expect(earned(['a', 'b', 'c', 'd', 'x'])).toBe('invalid');
    expect(scoreOrdering(question, undefined)).toEqual({
      type: 'invalid',
      message: 'Put every item in order.',
    });
  });
});

describe('isOrderingAnswer', () => {
  it('accepts a list of item ids only', () => {
    expect(isOrderingAnswer({ order: ['a'] })).toBe(true);
    expect(isOrderingAnswer({ order: [{}] })).toBe(false);
  });
});
