import { describe, expect, it } from 'vitest';
import { questionBase } from '../../__fixtures__/question-base';
import type { MultipleSelectQuestion } from './multiple-select-question';
import { isMultipleSelectAnswer, scoreMultipleSelect } from './score-multiple-select';

const question: MultipleSelectQuestion = {
  ...questionBase('multiple-select'),
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: true },
    { id: 'c', text: 'C', correct: false },
    { id: 'd', text: 'D', correct: false },
  ],
};

const earned = (optionIds: string[]) => {
  const result = scoreMultipleSelect(question, { optionIds });
  return result.type === 'points' ? `${result.earned}/${result.total}` : result.type;
};

describe('scoreMultipleSelect', () => {
  it('gives full credit for exactly the correct options', () => {
    const result = scoreMultipleSelect(question, { optionIds: ['b', 'a'] });
    expect(result).toMatchObject({ type: 'points', earned: 2, total: 2, correct: true });
  });

  it('gives half credit for one of two correct options', () => {
    expect(earned(['a'])).toBe('1/2');
  });

  it('takes a point away for each wrong option chosen', () => {
    expect(earned(['a', 'b', 'c'])).toBe('1/2');
  });

  it('never goes below zero', () => {
    expect(earned(['a', 'c', 'd'])).toBe('0/2');
  });

  it('earns nothing for choosing every option', () => {
    expect(earned(['a', 'b', 'c', 'd'])).toBe('0/2');
  });

  it('counts a repeated option once', () => {
    expect(earned(['a', 'a'])).toBe('1/2');
  });

  it('marks each option chosen or missed', () => {
    const result = scoreMultipleSelect(question, { optionIds: ['a', 'c'] });
    expect(result.type === 'points' && result.parts).toEqual([
      { id: 'a', status: 'correct' },
      { id: 'b', status: 'missed' },
      { id: 'c', status: 'incorrect' },
    ]);
  });

  it('calls an empty selection invalid, not wrong', () => {
    expect(scoreMultipleSelect(question, { optionIds: [] })).toEqual({
      type: 'invalid',
      message: 'Choose at least one option.',
    });
    expect(scoreMultipleSelect(question, undefined).type).toBe('invalid');
  });

  it('calls an unknown option invalid', () => {
    expect(earned(['a', 'zz'])).toBe('invalid');
  });
});

describe('isMultipleSelectAnswer', () => {
  it('accepts a list of option ids only', () => {
    expect(isMultipleSelectAnswer({ optionIds: ['a'] })).toBe(true);
    expect(isMultipleSelectAnswer({ optionIds: 'a' })).toBe(false);
    expect(isMultipleSelectAnswer({ optionIds: [1] })).toBe(false);
  });
});
