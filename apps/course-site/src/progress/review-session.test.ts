import { describe, expect, it } from 'vitest';
import type { QuestionRef } from '../../shared/question-ref';
import { quizAttempt, result } from './__fixtures__/attempts';
import { emptyProgressDocument, type ProgressDocument } from './document';
import { reviewSession } from './review-session';
import { scheduleAttempt } from './schedule';

// Missed on March 1st and 2nd, so due on the 2nd and 3rd; denuclearization went well (due later).
const document: ProgressDocument = [
  quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
    result('q1', ['ukraine'], 0),
    result('q4', ['denuclearization'], 1),
  ]),
  quizAttempt(
    'a2',
    '2025-03-02T10:00:00.000Z',
    [result('q1', ['rule-of-law'], 0)],
    'lesson-2-quiz',
  ),
].reduce(scheduleAttempt, emptyProgressDocument());

const candidates: QuestionRef[] = [
  { quizId: 'lesson-1-quiz', questionId: 'q1', keyPointIds: ['ukraine'] },
  { quizId: 'lesson-1-quiz', questionId: 'q2', keyPointIds: ['ukraine'] },
  { quizId: 'lesson-1-quiz', questionId: 'q3', keyPointIds: ['ukraine', 'rule-of-law'] },
  { quizId: 'lesson-1-quiz', questionId: 'q4', keyPointIds: ['denuclearization'] },
  { quizId: 'lesson-2-quiz', questionId: 'q1', keyPointIds: ['rule-of-law'] },
  { quizId: 'lesson-2-quiz', questionId: 'q2', keyPointIds: ['rule-of-law'] },
];

const now = new Date('2025-03-04T09:00:00.000Z');

describe('a review session', () => {
  it('asks only questions on due key points, most overdue first, interleaved', () => {
    const plan = reviewSession(document, candidates, { now, seed: 'learner-1' });

    expect(plan.keyPointIds).toEqual(['ukraine', 'rule-of-law']);
    expect(plan.questions).toHaveLength(4);
    const onKeyPoints = plan.questions.map((question) => question.keyPointIds);
    expect(onKeyPoints[0]).toContain('ukraine');
    expect(onKeyPoints[1]).toContain('rule-of-law');
    expect(
      plan.questions.some((question) => question.keyPointIds.includes('denuclearization')),
    ).toBe(false);
  });

  it('never asks one question twice, even when it is on two due key points', () => {
    const plan = reviewSession(document, [...candidates, ...candidates], {
      now,
      seed: 7,
      perKeyPoint: 5,
    });
    const ids = plan.questions.map((question) => `${question.quizId}/${question.questionId}`);

    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(5);
  });

  it('stops at the size asked for', () => {
    const plan = reviewSession(document, candidates, { now, seed: 'learner-1', maxQuestions: 3 });

    expect(plan.questions).toHaveLength(3);
  });

  it('is the same session for the same seed', () => {
    const first = reviewSession(document, candidates, { now, seed: 'learner-1' });
    const again = reviewSession(document, candidates, { now, seed: 'learner-1' });

    expect(again).toEqual(first);
  });

  it('draws different questions for different seeds', () => {
    const orders = new Set(
      ['s1', 's2', 's3', 's4', 's5', 's6'].map((seed) =>
        JSON.stringify(
          reviewSession(document, candidates, { now, seed, perKeyPoint: 1 }).questions,
        ),
      ),
    );

    expect(orders.size).toBeGreaterThan(1);
  });

  it('is empty when nothing is due', () => {
    const plan = reviewSession(document, candidates, {
      now: new Date('2025-03-01T12:00:00.000Z'),
      seed: 1,
    });

    expect(plan).toEqual({ keyPointIds: [], questions: [] });
  });
});
