import { describe, expect, it } from 'vitest';
import { questionBase } from '../__fixtures__/question-base';
import type { Question, QuestionType } from '../question';
import { isAnswerFor, isQuestionComplete, questionTypes, scoreQuestion } from './registry';

const trueFalse: Question = { ...questionBase('true-false'), answer: true };

describe('the question type registry', () => {
  it('has an entry for every question type', () => {
    const types: QuestionType[] = [
      'single-choice',
      'multiple-select',
      'true-false',
      'fill-in-the-blank',
      'ordering',
      'matching',
      'select-evidence',
    ];
    expect(Object.keys(questionTypes).sort()).toEqual([...types].sort());
  });

  it('scores through the entry of the question type', () => {
    expect(scoreQuestion(trueFalse, { value: true })).toMatchObject({ earned: 1, total: 1 });
  });

  it('calls an answer of another type invalid instead of throwing', () => {
    expect(scoreQuestion(trueFalse, { optionId: 'a' })).toEqual({
      type: 'invalid',
      message: 'This answer does not fit the question.',
    });
    expect(scoreQuestion(trueFalse, 'true')).toMatchObject({ type: 'invalid' });
    expect(isAnswerFor(trueFalse, { optionId: 'a' })).toBe(false);
    expect(isAnswerFor(trueFalse, { value: false })).toBe(true);
  });

  it('says an answer is complete only when it can be graded', () => {
    expect(isQuestionComplete(trueFalse, undefined)).toBe(false);
    expect(isQuestionComplete(trueFalse, { value: false })).toBe(true);
  });
});
