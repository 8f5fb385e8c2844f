import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from './__fixtures__/attempts';
import {
  CURRENT_PROGRESS_VERSION,
  EMPTY_PROGRESS_DOCUMENT,
  emptyProgressDocument,
  PROGRESS_FORMAT,
  progressSchemas,
} from './document';

describe('the progress document', () => {
  it('starts empty, tagged with its format and the current version', () => {
    const document = emptyProgressDocument();

    expect(progressSchemas().progressDocument.parse(document)).toEqual({
      format: PROGRESS_FORMAT,
      version: CURRENT_PROGRESS_VERSION,
      attempts: [],
      lessons: {},
      cards: {},
      reviewLogs: [],
      snapshots: {},
    });
  });

  it('refuses two attempts with one id, naming the second', () => {
    const attempt = quizAttempt('a1', '2025-03-01T10:00:00.000Z', []);
    const document = { ...emptyProgressDocument(), attempts: [attempt, attempt] };

    const parsed = progressSchemas().progressDocument.safeParse(document);

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['attempts', 1, 'attemptId']);
  });

  it('refuses a result that earned more than it was worth', () => {
    const attempt = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
      result('q1', ['denuclearization'], 1, { earned: 2 }),
    ]);

    const parsed = progressSchemas().progressDocument.safeParse({
      ...emptyProgressDocument(),
      attempts: [attempt],
    });

    expect(parsed.error?.issues[0]?.path).toEqual(['attempts', 0, 'questions', 0, 'earned']);
  });

  it('accepts the negative marks of certainty-based marking', () => {
    const attempt = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
      result('q1', ['denuclearization'], 0, { earned: -2, accuracy: 0, confidence: 3 }),
    ]);

    const parsed = progressSchemas().progressDocument.safeParse({
      ...emptyProgressDocument(),
      attempts: [attempt],
    });

    expect(parsed.success).toBe(true);
  });

  it('shares one frozen empty document for renders that must not read storage', () => {
    expect(Object.isFrozen(EMPTY_PROGRESS_DOCUMENT)).toBe(true);
    expect(Object.isFrozen(EMPTY_PROGRESS_DOCUMENT.attempts)).toBe(true);
    expect(EMPTY_PROGRESS_DOCUMENT).toEqual(emptyProgressDocument());
  });
});
