import { describe, expect, it } from 'vitest';
import { parseProgressText } from '../../apps/course-site/src/progress/parse-document';
import { courseQuizzes } from '../support/course-quizzes';
import { answerCount, simulateYear } from './learner-year';

// The simulated learner of `npm run bench:progress`: what it stores must be what the site stores.

const quizzes = courseQuizzes().map((file) => file.quiz);
const month = { quizzes, start: new Date('2026-01-05T08:00:00Z'), days: 30, answersPerDay: 20 };

describe('a simulated learner', () => {
  const document = simulateYear({ ...month, seed: 'test' });

  it('stores a document the site reads back as it is', () => {
    const read = parseProgressText(JSON.stringify(document));

    expect(read.ok).toBe(true);
    expect(read.ok && read.document).toEqual(document);
  });

  it('answers at least the day’s share every day, reviews and quizzes, with cards and logs', () => {
    const days = new Set(document.attempts.map((attempt) => attempt.finishedAt.slice(0, 10)));

    expect(days.size).toBe(30);
    expect(answerCount(document)).toBeGreaterThanOrEqual(30 * 20);
    expect(document.attempts.some((attempt) => attempt.kind === 'review')).toBe(true);
    expect(document.attempts.some((attempt) => attempt.kind === 'quiz')).toBe(true);
    expect(Object.keys(document.cards).length).toBeGreaterThan(0);
    expect(document.reviewLogs.length).toBeGreaterThan(0);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(simulateYear({ ...month, seed: 'test' })).toEqual(document);
    expect(simulateYear({ ...month, seed: 'other' })).not.toEqual(document);
  });
});
