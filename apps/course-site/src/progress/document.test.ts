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
      lessonsOpened: {},
      cards: {},
      reviewLogs: [],
      snapshots: {},
      summary: { through: null, attempts: 0, totalAnswers: 0, attemptIds: [], keyPoints: {} },
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

  it('requires an answer on key points to name its main one, among them', () => {
    const parse = (extra: Parameters<typeof result>[3]) =>
      progressSchemas().progressDocument.safeParse({
        ...emptyProgressDocument(),
        attempts: [
          quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
            result('q1', ['denuclearization', 'ukraine'], 1, extra),
          ]),
        ],
      });
    const path = ['attempts', 0, 'questions', 0, 'mainKeyPointId'];

    expect(parse({}).success).toBe(true);
    expect(parse({ mainKeyPointId: 'ukraine' }).success).toBe(true);
    expect(parse({ mainKeyPointId: undefined }).error?.issues[0]).toMatchObject({
      path,
      message: 'an answer on key points must name the main one (mainKeyPointId)',
    });
    expect(parse({ mainKeyPointId: 'taiwan' }).error?.issues[0]).toMatchObject({
      path,
      message: `mainKeyPointId "taiwan" is not one of the answer's keyPointIds`,
    });
  });

  it('refuses an attempt kept in full that the summary holds already', () => {
    const attempt = quizAttempt('a1', '2025-03-01T10:00:00.000Z', []);
    const parsed = progressSchemas().progressDocument.safeParse({
      ...emptyProgressDocument(),
      attempts: [attempt],
      summary: {
        through: { finishedAt: '2025-03-01T10:00:00.000Z', attemptId: 'a1' },
        attempts: 1,
        totalAnswers: 0,
        attemptIds: ['a1'],
        keyPoints: {},
      },
    });

    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['attempts', 0, 'attemptId'],
      message: 'attempt "a1" is already in the summary',
    });
  });

  it('shares one frozen empty document for renders that must not read storage', () => {
    expect(Object.isFrozen(EMPTY_PROGRESS_DOCUMENT)).toBe(true);
    expect(Object.isFrozen(EMPTY_PROGRESS_DOCUMENT.attempts)).toBe(true);
    expect(EMPTY_PROGRESS_DOCUMENT).toEqual(emptyProgressDocument());
  });
});
