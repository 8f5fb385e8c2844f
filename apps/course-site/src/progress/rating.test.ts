import { describe, expect, it } from 'vitest';
import { quizAttempt, result, reviewAttempt } from './__fixtures__/attempts';
import { keyPointOutcomes, RATING_RULE, ratingFor } from './rating';

describe('key point outcomes of an attempt', () => {
  it('sum the credit of every question on each key point', () => {
    const attempt = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
      result('q1', ['denuclearization'], 1),
      result('q2', ['denuclearization', 'information-sharing'], 0, { total: 3, earned: 0 }),
      result('q3', ['information-sharing'], 0.5, { total: 2, earned: 1 }),
    ]);

    expect(keyPointOutcomes(attempt)).toEqual([
      {
        keyPointId: 'denuclearization',
        earned: 1,
        total: 4,
        fraction: 0.25,
        answers: 2,
        effortless: false,
        missed: true,
        sureMiss: false,
      },
      {
        keyPointId: 'information-sharing',
        earned: 1,
        total: 5,
        fraction: 0.2,
        answers: 2,
        effortless: false,
        missed: true,
        sureMiss: false,
      },
    ]);
  });

  it('are effortless only when every answer was right first time, without hints, and rated sure', () => {
    const sure = { confidence: 3 } as const;
    const attempt = reviewAttempt('r1', '2025-03-01T10:00:00.000Z', [
      { quizId: 'lesson-1-quiz', ...result('q1', ['ukraine'], 1, sure) },
      { quizId: 'lesson-3-quiz', ...result('q2', ['ukraine'], 1, sure) },
      { quizId: 'lesson-1-quiz', ...result('q3', ['rule-of-law'], 1, { ...sure, hints: 1 }) },
      {
        quizId: 'lesson-1-quiz',
        ...result('q4', ['taiwan-strait-unclos'], 1, { ...sure, tries: 2 }),
      },
      { quizId: 'lesson-1-quiz', ...result('q5', ['new-exercises'], 1) },
    ]);

    const effortless = keyPointOutcomes(attempt).map((outcome) => [
      outcome.keyPointId,
      outcome.effortless,
    ]);

    expect(effortless).toEqual([
      ['new-exercises', false],
      ['rule-of-law', false],
      ['taiwan-strait-unclos', false],
      ['ukraine', true],
    ]);
  });

  it('hold nothing for a version 1 best score', () => {
    const legacy = {
      kind: 'legacy',
      attemptId: 'v1:lesson-1-quiz',
      quizId: 'lesson-1-quiz',
      finishedAt: '2025-01-01T00:00:00.000Z',
      bestScore: 1,
    } as const;

    expect(keyPointOutcomes(legacy)).toEqual([]);
  });
});

describe('the rating a key point outcome maps to', () => {
  it('is good from 0.9 for correct answers, and hard below (correct, but late)', () => {
    expect(RATING_RULE).toEqual({ goodAt: 0.9, hardAt: 0.6 });
    const right = { effortless: false, missed: false, sureMiss: false };
    expect(ratingFor({ ...right, fraction: 1 })).toBe('good');
    expect(ratingFor({ ...right, fraction: 0.9 })).toBe('good');
    expect(ratingFor({ ...right, fraction: 0.89 })).toBe('hard');
    expect(ratingFor({ ...right, fraction: 0.5 })).toBe('hard');
  });

  it('is hard from 0.6 for a miss, again below', () => {
    const miss = { effortless: false, missed: true, sureMiss: false };
    expect(ratingFor({ ...miss, fraction: 0.6 })).toBe('hard');
    expect(ratingFor({ ...miss, fraction: 0.59 })).toBe('again');
  });

  it('is easy for a full, effortless result', () => {
    expect(ratingFor({ fraction: 1, effortless: true, missed: false, sureMiss: false })).toBe(
      'easy',
    );
  });

  it('caps a miss at hard and makes a sure miss again, whatever the fraction', () => {
    const base = { effortless: false, missed: true, sureMiss: false };
    expect(ratingFor({ ...base, fraction: 0.95 })).toBe('hard');
    expect(ratingFor({ ...base, fraction: 0.5 })).toBe('again');
    expect(ratingFor({ ...base, fraction: 0.95, sureMiss: true })).toBe('again');
  });
});

describe('the outcome of a review with one sure miss among right answers', () => {
  it('rates the missed key point again even when other questions on it were right', () => {
    const sure = { confidence: 3 } as const;
    const attempt = reviewAttempt('r1', '2025-03-01T10:00:00.000Z', [
      { quizId: 'lesson-1-quiz', ...result('q1', ['ukraine'], 1, sure) },
      { quizId: 'lesson-3-quiz', ...result('q2', ['ukraine'], 1, sure) },
      { quizId: 'lesson-3-quiz', ...result('q3', ['ukraine'], 1, sure) },
      { quizId: 'lesson-3-quiz', ...result('q4', ['ukraine'], 0, { ...sure, accuracy: 0 }) },
      { quizId: 'lesson-1-quiz', ...result('q5', ['rule-of-law'], 1, { confidence: 1 }) },
    ]);
    const ratings = Object.fromEntries(
      keyPointOutcomes(attempt).map((outcome) => [outcome.keyPointId, ratingFor(outcome)]),
    );
    expect(ratings).toEqual({ ukraine: 'again', 'rule-of-law': 'good' });
  });
});
