import { describe, expect, it } from 'vitest';
import { isQuizEvent } from './quiz-events';

describe('isQuizEvent', () => {
  it('accepts the quiz event types', () => {
    expect(isQuizEvent({ type: 'quiz.start' })).toBe(true);
    expect(isQuizEvent({ type: 'answer.change', answer: { value: true } })).toBe(true);
  });

  it("refuses xstate's reserved types, unknown types and non-objects", () => {
    for (const value of [
      { type: '*' },
      { type: 'xstate.init' },
      { type: 'quiz.begin' },
      'quiz.start',
      null,
    ])
      expect(isQuizEvent(value)).toBe(false);
  });
});
