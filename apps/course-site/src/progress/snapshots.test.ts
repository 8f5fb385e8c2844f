import { describe, expect, it } from 'vitest';
import { emptyProgressDocument, progressSchemas } from './document';
import { discardQuizSnapshot, quizSnapshot, saveQuizSnapshot } from './snapshots';

describe('unfinished quiz snapshots', () => {
  it('are saved with their time and read back by quiz id', () => {
    const snapshot = { status: 'active', context: { quizId: 'lesson-1-quiz', current: 2 } };

    const document = saveQuizSnapshot(
      emptyProgressDocument(),
      'lesson-1-quiz',
      snapshot,
      new Date('2025-03-01T10:00:00.000Z'),
    );

    expect(quizSnapshot(document, 'lesson-1-quiz')).toEqual({
      savedAt: '2025-03-01T10:00:00.000Z',
      snapshot,
    });
    expect(progressSchemas().progressDocument.safeParse(document).success).toBe(true);
  });

  it('are stored as JSON, dropping the undefined fields a persisted machine snapshot has', () => {
    const persisted = {
      status: 'active',
      error: undefined,
      context: { current: 1, notice: undefined },
    };

    const document = saveQuizSnapshot(
      emptyProgressDocument(),
      'lesson-1-quiz',
      persisted,
      new Date('2025-03-01T10:00:00.000Z'),
    );

    expect(quizSnapshot(document, 'lesson-1-quiz')?.snapshot).toStrictEqual({
      status: 'active',
      context: { current: 1 },
    });
    expect(progressSchemas().progressDocument.safeParse(document).success).toBe(true);
  });

  it('must be JSON', () => {
    expect(() =>
      saveQuizSnapshot(emptyProgressDocument(), 'lesson-1-quiz', undefined, new Date()),
    ).toThrow(TypeError);
  });

  it('replace the one saved before', () => {
    const first = saveQuizSnapshot(
      emptyProgressDocument(),
      'lesson-1-quiz',
      { current: 1 },
      new Date('2025-03-01T10:00:00.000Z'),
    );

    const second = saveQuizSnapshot(
      first,
      'lesson-1-quiz',
      { current: 2 },
      new Date('2025-03-01T10:01:00.000Z'),
    );

    expect(quizSnapshot(second, 'lesson-1-quiz')?.snapshot).toEqual({ current: 2 });
  });

  it('can be discarded', () => {
    const saved = saveQuizSnapshot(
      emptyProgressDocument(),
      'lesson-1-quiz',
      { current: 1 },
      new Date('2025-03-01T10:00:00.000Z'),
    );

    expect(
      quizSnapshot(discardQuizSnapshot(saved, 'lesson-1-quiz'), 'lesson-1-quiz'),
    ).toBeUndefined();
    expect(discardQuizSnapshot(saved, 'lesson-2-quiz')).toBe(saved);
  });
});
