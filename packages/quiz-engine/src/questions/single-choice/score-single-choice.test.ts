import { describe, expect, it } from 'vitest';
import { questionBase } from '../../__fixtures__/question-base';
import { isSingleChoiceAnswer, scoreSingleChoice } from './score-single-choice';
import type { SingleChoiceQuestion } from './single-choice-question';

const question: SingleChoiceQuestion = {
  ...questionBase('single-choice'),
  options: [
    { id: 'a', text: 'A', correct: false },
    { id: 'b', text: 'B', correct: true },
    { id: 'c', text: 'C', correct: false },
  ],
};

describe('scoreSingleChoice', () => {
  it('gives the point for the correct option', () => {
    expect(scoreSingleChoice(question, { optionId: 'b' })).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
      parts: [{ id: 'b', status: 'correct' }],
    });
  });

  it('gives nothing for a wrong option and marks the correct one as missed', () => {
    expect(scoreSingleChoice(question, { optionId: 'c' })).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
      parts: [
        { id: 'b', status: 'missed' },
        { id: 'c', status: 'incorrect' },
      ],
    });
  });

  it('calls a missing answer invalid, not wrong', () => {
    expect(scoreSingleChoice(question, undefined)).toEqual({
      type: 'invalid',
      message: 'Choose an option.',
    });
  });

  it('calls an unknown option invalid', () => {
    expect(scoreSingleChoice(question, { optionId: 'z' }).type).toBe('invalid');
  });
});

describe('isSingleChoiceAnswer', () => {
  it('accepts an option id and refuses other shapes', () => {
    expect(isSingleChoiceAnswer({ optionId: 'a' })).toBe(true);
    expect(isSingleChoiceAnswer({ optionId: 1 })).toBe(false);
    expect(isSingleChoiceAnswer(['a'])).toBe(false);
    expect(isSingleChoiceAnswer(null)).toBe(false);
  });
});
