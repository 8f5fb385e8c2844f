import { describe, expect, it } from 'vitest';
import { questionBase } from '../__fixtures__/question-base';
import type { Question } from '../question';
import type { OrderingQuestion } from './ordering/ordering-question';
import { answerToSubmit, isAnswerFor, isQuestionComplete, scoreQuestion } from './score-question';

const trueFalse: Question = { ...questionBase('true-false'), answer: true };
const ordering: OrderingQuestion = {
  ...questionBase('ordering'),
  items: ['a', 'b', 'c'].map((id) => ({ id, text: id.toUpperCase() })),
};

describe('grading through the registry', () => {
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

describe('the answer a submission grades', () => {
  it('is the learner’s answer when there is one', () => {
    expect(answerToSubmit(ordering, { order: ['c', 'a', 'b'] }, ['b', 'c', 'a'])).toEqual({
      order: ['c', 'a', 'b'],
    });
  });

  it('is the order shown for an ordering left untouched', () => {
    expect(answerToSubmit(ordering, undefined, ['b', 'c', 'a'])).toEqual({
      order: ['b', 'c', 'a'],
    });
  });

  it('is nothing for an untouched question of a type that has no answer as shown', () => {
    expect(answerToSubmit(trueFalse, undefined, [])).toBeUndefined();
  });
});
