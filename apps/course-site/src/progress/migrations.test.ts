import { describe, expect, it } from 'vitest';
import { CURRENT_PROGRESS_VERSION } from './document';
import type { ProgressDocumentV1 } from './document-v1';
import { progressSchemasV2 } from './document-v2';
import type { ProgressDocumentV3 } from './document-v3';
import {
  migrateV1ToV2,
  migrateV3ToV4,
  migrationFrom,
  migrations,
  OLDEST_PROGRESS_VERSION,
} from './migrations';
import { parseProgressDocument } from './parse-document';

const v1: ProgressDocumentV1 = {
  version: 1,
  quizzes: {
    'lesson-2-quiz': { bestScore: 0.5, completedAt: '2025-02-03T09:00:00.000Z' },
    'lesson-1-quiz': { bestScore: 0.8, completedAt: '2025-02-01T09:00:00.000Z' },
  },
};

describe('migrations', () => {
  it('include exactly one step from every version before the current one', () => {
    const froms = migrations.map((migration) => migration.from);

    expect(OLDEST_PROGRESS_VERSION).toBe(1);
    expect(froms).toEqual(
      Array.from({ length: CURRENT_PROGRESS_VERSION - 1 }, (_, index) => index + 1),
    );
  });

  it('turn each version 1 best score into a legacy attempt of the same score and time', () => {
    const document = migrateV1ToV2(v1);

    expect(progressSchemasV2().progressDocument.parse(document).attempts).toEqual([
      {
        kind: 'legacy',
        attemptId: 'v1:lesson-1-quiz',
        quizId: 'lesson-1-quiz',
        finishedAt: '2025-02-01T09:00:00.000Z',
        bestScore: 0.8,
      },
      {
        kind: 'legacy',
        attemptId: 'v1:lesson-2-quiz',
        quizId: 'lesson-2-quiz',
        finishedAt: '2025-02-03T09:00:00.000Z',
        bestScore: 0.5,
      },
    ]);
  });

  it('give the same attempt ids each time, so the same old data merges rather than doubles', () => {
    expect(migrateV1ToV2(v1)).toEqual(migrateV1ToV2(structuredClone(v1)));
  });

  it('validate a version 1 document before lifting it', () => {
    const step = migrationFrom(1)?.apply({ version: 1, quizzes: { q: { bestScore: 3 } } });

    expect(step?.ok).toBe(false);
  });

  it('run when a version 1 document is read, reporting the version it came from', () => {
    const read = parseProgressDocument(v1);

    expect(read.ok && read.fromVersion).toBe(1);
    expect(read.ok && read.document.attempts.map((attempt) => attempt.attemptId)).toEqual([
      'v1:lesson-1-quiz',
      'v1:lesson-2-quiz',
    ]);
  });

  it('name the path of a damaged version 1 document', () => {
    const read = parseProgressDocument({
      version: 1,
      quizzes: { 'lesson-1-quiz': { bestScore: 1.5, completedAt: '2025-02-01T09:00:00.000Z' } },
    });

    expect(read).toMatchObject({
      ok: false,
      reason: 'invalid',
      path: 'quizzes["lesson-1-quiz"].bestScore',
      version: 1,
    });
  });

  it('give every version 3 answer its main key point, and each completed lesson an opening', () => {
    const answer = {
      questionId: 'q1',
      keyPointIds: ['ukraine', 'denuclearization'],
      earned: 1,
      total: 1,
      correct: true,
      tries: 1,
      hints: 0,
    };
    const v3: ProgressDocumentV3 = {
      format: 'tmm-course-progress',
      version: 3,
      attempts: [
        {
          kind: 'quiz',
          attemptId: 'a1',
          quizId: 'lesson-1-quiz',
          finishedAt: '2025-03-01T10:00:00.000Z',
          questions: [answer, { ...answer, questionId: 'q2', keyPointIds: [] }],
        },
        {
          kind: 'review',
          attemptId: 'r1',
          finishedAt: '2025-03-03T10:00:00.000Z',
          questions: [{ quizId: 'lesson-1-quiz', ...answer }],
        },
      ],
      lessons: JSON.parse(
        '{"the-meeting":{"completedAt":"2025-03-01T10:00:00.000Z"},"__proto__":{"completedAt":"2025-03-02T10:00:00.000Z"}}',
      ),
      cards: {},
      reviewLogs: [],
      snapshots: {},
    };

    const v4 = migrateV3ToV4(v3);

    expect(v4.attempts).toEqual([
      {
        ...v3.attempts[0],
        questions: [
          { ...answer, mainKeyPointId: 'ukraine' },
          { ...answer, questionId: 'q2', keyPointIds: [] },
        ],
      },
      {
        ...v3.attempts[1],
        questions: [{ quizId: 'lesson-1-quiz', ...answer, mainKeyPointId: 'ukraine' }],
      },
    ]);
    expect(Object.entries(v4.lessonsOpened)).toEqual([
      ['the-meeting', { openedAt: '2025-03-01T10:00:00.000Z' }],
      ['__proto__', { openedAt: '2025-03-02T10:00:00.000Z' }],
    ]);
    expect(Object.getPrototypeOf(v4.lessonsOpened)).toBe(Object.prototype);
    expect(v4.summary).toEqual({
      through: null,
      attempts: 0,
      totalAnswers: 0,
      attemptIds: [],
      keyPoints: {},
    });
    // Reading goes through the same step (the schema leaves a `__proto__` entry out, as ever).
    const read = parseProgressDocument(v3);
    expect(read.ok && read.fromVersion).toBe(3);
    expect(read.ok && read.document.attempts).toEqual(v4.attempts);
    expect(read.ok && read.document.lessonsOpened).toEqual({
      'the-meeting': { openedAt: '2025-03-01T10:00:00.000Z' },
    });
  });
});
