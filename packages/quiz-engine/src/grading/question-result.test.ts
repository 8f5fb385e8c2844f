import { describe, expect, it } from 'vitest';
import { questionBase } from '../__fixtures__/question-base';
import type { QuestionAttempt } from '../attempt';
import type { TrueFalseQuestion } from '../questions/true-false/true-false-question';
import type { QuizSettings } from '../quiz';
import { questionResult } from './question-result';

const question: TrueFalseQuestion = { ...questionBase('true-false'), points: 2, answer: true };
const settings: QuizSettings = {
  tries: 3,
  penaltyPerTry: 0.25,
  hints: true,
  hintCost: 0.1,
  confidence: false,
  shuffleQuestions: false,
  shuffleOptions: false,
  passMark: 0.5,
};
const work = (tries: number[], more: Partial<QuestionAttempt> = {}): QuestionAttempt => ({
  pending: false,
  tries,
  hintsUsed: 0,
  closed: true,
  hash: 'h',
  ...more,
});

describe('questionResult', () => {
  it('gives full marks for a first right try', () => {
    expect(questionResult(question, work([1]), settings)).toEqual({
      questionId: 'q1',
      earned: 2,
      total: 2,
      accuracy: 1,
      tries: 1,
      hintsUsed: 0,
      correct: true,
      status: 'correct',
    });
  });

  it('takes the penalty per extra try', () => {
    expect(questionResult(question, work([0, 0, 1]), settings)).toMatchObject({
      accuracy: 0.5,
      earned: 1,
      correct: true,
    });
  });

  it('keeps the best try when a later one is worse', () => {
    expect(questionResult(question, work([0.8, 0.2]), settings)).toMatchObject({
      accuracy: 0.8,
      status: 'partial',
    });
  });

  it('takes the cost of each hint', () => {
    expect(questionResult(question, work([1], { hintsUsed: 2 }), settings)).toMatchObject({
      accuracy: 0.8,
      earned: 1.6,
    });
  });

  it('never goes below zero without confidence', () => {
    expect(questionResult(question, work([0, 0, 0.1], { hintsUsed: 3 }), settings)).toMatchObject({
      accuracy: 0,
      earned: 0,
      status: 'partial',
    });
  });

  it('reports an unanswered question as zero, with no penalty for hints', () => {
    expect(questionResult(question, work([], { hintsUsed: 1 }), settings)).toMatchObject({
      earned: 0,
      accuracy: 0,
      status: 'unanswered',
      correct: false,
    });
  });

  it('reports the certainty-based mark apart, leaving the marks to accuracy alone', () => {
    const rated = { ...settings, confidence: true };
    expect(questionResult(question, work([1], { confidence: 3 }), rated)).toMatchObject({
      earned: 2,
      accuracy: 1,
      certaintyMark: 3,
    });
    expect(questionResult(question, work([1], { confidence: 1 }), rated)).toMatchObject({
      earned: 2,
      certaintyMark: 1,
    });
    // A sure miss costs the confidence result, never the marks: these stay at 0, not -4.
    expect(questionResult(question, work([0], { confidence: 3 }), rated)).toMatchObject({
      earned: 0,
      accuracy: 0,
      certaintyMark: -6,
    });
    expect(questionResult(question, work([0], { confidence: 2 }), rated).certaintyMark).toBe(-2);
  });

  it('interpolates the certainty-based mark for partial credit', () => {
    const rated = { ...settings, confidence: true };
    // Half right at "sure": halfway between -6 and 3.
    expect(questionResult(question, work([0.5], { confidence: 3 }), rated).certaintyMark).toBe(
      -1.5,
    );
  });

  it('treats an unrated answer as low confidence and an unanswered question as 0', () => {
    const rated = { ...settings, confidence: true };
    expect(questionResult(question, work([0]), rated)).toMatchObject({
      earned: 0,
      certaintyMark: 0,
    });
    expect(questionResult(question, work([1]), rated)).toMatchObject({
      earned: 2,
      certaintyMark: 1,
    });
    expect(questionResult(question, work([], { confidence: 3 }), rated).certaintyMark).toBe(0);
  });

  it('has no certainty-based mark without confidence', () => {
    expect(questionResult(question, work([0], { confidence: 3 }), settings)).not.toHaveProperty(
      'certaintyMark',
    );
  });
});
