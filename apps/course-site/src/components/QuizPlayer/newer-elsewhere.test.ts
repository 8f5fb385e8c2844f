import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from '../../progress/__fixtures__/attempts';
import { newerElsewhere } from './newer-elsewhere';

const saved = (savedAt: string) => ({ savedAt, snapshot: { status: 'active' } }) as never;
const own = (knownAt: string, ...attempts: string[]) => ({
  knownAt,
  ownAttempts: new Set(attempts),
});

describe('a quiz that moved on in another tab', () => {
  it('is seen when another tab saved after this one', () => {
    expect(
      newerElsewhere(saved('2030-01-01T10:05:00.000Z'), undefined, own('2030-01-01T10:00:00.000Z')),
    ).toBe('saved');
  });

  it('is not seen for this tab’s own latest save, nor an older one', () => {
    expect(
      newerElsewhere(saved('2030-01-01T10:00:00.000Z'), undefined, own('2030-01-01T10:00:00.000Z')),
    ).toBeUndefined();
    expect(
      newerElsewhere(saved('2030-01-01T09:00:00.000Z'), undefined, own('2030-01-01T10:00:00.000Z')),
    ).toBeUndefined();
  });

  it('is seen when another tab finished an attempt after this one last saved', () => {
    const elsewhere = quizAttempt('quiz:b:1', '2030-01-01T10:07:00.000Z', [result('q1', [], 1)]);
    expect(newerElsewhere(undefined, elsewhere, own('2030-01-01T10:00:00.000Z'))).toBe('finished');
    // This tab's own finished attempt is not news.
    expect(
      newerElsewhere(undefined, elsewhere, own('2030-01-01T10:00:00.000Z', 'quiz:b:1')),
    ).toBeUndefined();
  });
});
