import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from './__fixtures__/attempts';
import { emptyProgressDocument } from './document';
import { recordAttempt } from './record-attempt';
import { saveQuizSnapshot } from './snapshots';

describe('recording a finished attempt', () => {
  it('adds it to the history in time order and schedules its key points', () => {
    const later = quizAttempt('a2', '2025-03-02T10:00:00.000Z', [result('q1', ['ukraine'], 1)]);
    const earlier = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
      result('q2', ['rule-of-law'], 1),
    ]);

    const document = recordAttempt(recordAttempt(emptyProgressDocument(), later), earlier);

    expect(document.attempts.map((attempt) => attempt.attemptId)).toEqual(['a1', 'a2']);
    expect(Object.keys(document.cards).sort()).toEqual(['rule-of-law', 'ukraine']);
  });

  it('changes nothing when the attempt is already recorded', () => {
    const attempt = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['ukraine'], 1)]);
    const once = recordAttempt(emptyProgressDocument(), attempt);

    expect(recordAttempt(once, attempt)).toBe(once);
  });

  it('drops the snapshot of the quiz it finished, but not a newer one or another quiz’s', () => {
    let document = emptyProgressDocument();
    document = saveQuizSnapshot(
      document,
      'lesson-1-quiz',
      { step: 3 },
      new Date('2025-03-01T09:59:00.000Z'),
    );
    document = saveQuizSnapshot(
      document,
      'lesson-2-quiz',
      { step: 1 },
      new Date('2025-03-01T09:00:00.000Z'),
    );

    const finished = recordAttempt(document, quizAttempt('a1', '2025-03-01T10:00:00.000Z', []));
    const restarted = saveQuizSnapshot(
      document,
      'lesson-1-quiz',
      { step: 0 },
      new Date('2025-03-01T10:01:00.000Z'),
    );
    const keptNewer = recordAttempt(restarted, quizAttempt('a1', '2025-03-01T10:00:00.000Z', []));

    expect(Object.keys(finished.snapshots)).toEqual(['lesson-2-quiz']);
    expect(keptNewer.snapshots['lesson-1-quiz']?.snapshot).toEqual({ step: 0 });
  });

  it('keeps a second tab’s different result of the same attempt beside the first', () => {
    const snapshotOf = (current: number) => ({
      value: { practice: 'answering' },
      context: { quizId: 'lesson-1-quiz', seed: 42, attempt: 1, current },
    });
    const id = `lesson-1-quiz:${(42).toString(36)}:1`;
    // Tab A finishes first; tab B, which resumed the same attempt, saved after that and finishes.
    let document = saveQuizSnapshot(
      emptyProgressDocument(),
      'lesson-1-quiz',
      snapshotOf(2),
      new Date('2025-03-01T09:59:00.000Z'),
    );
    document = recordAttempt(
      document,
      quizAttempt(id, '2025-03-01T10:00:00.000Z', [result('q1', ['ukraine'], 0)]),
    );
    document = saveQuizSnapshot(
      document,
      'lesson-1-quiz',
      snapshotOf(4),
      new Date('2025-03-01T10:01:00.000Z'),
    );
    const fromB = quizAttempt(id, '2025-03-01T10:02:00.000Z', [result('q1', ['ukraine'], 1)]);
    document = recordAttempt(document, fromB);

    expect(document.attempts.map((attempt) => attempt.attemptId)).toEqual([id, `${id}~2`]);
    expect(document.attempts.map((attempt) => attempt.finishedAt)).toEqual([
      '2025-03-01T10:00:00.000Z',
      '2025-03-01T10:02:00.000Z',
    ]);
    // B's unfinished snapshot of that attempt is gone, so a reload does not reopen it.
    expect(document.snapshots['lesson-1-quiz']).toBeUndefined();
    // Recording B's result again (a retry) adds nothing.
    expect(recordAttempt(document, fromB)).toBe(document);
  });

  it('drops a newer snapshot of the very attempt it finished, keeps one of a later attempt', () => {
    const snapshot = (attempt: number) => ({
      context: { quizId: 'lesson-1-quiz', seed: 7, attempt },
    });
    const saved = (attempt: number) =>
      saveQuizSnapshot(
        emptyProgressDocument(),
        'lesson-1-quiz',
        snapshot(attempt),
        new Date('2025-03-01T11:00:00.000Z'),
      );
    const finished = quizAttempt(
      `lesson-1-quiz:${(7).toString(36)}:1`,
      '2025-03-01T10:00:00.000Z',
      [],
    );

    expect(recordAttempt(saved(1), finished).snapshots['lesson-1-quiz']).toBeUndefined();
    expect(recordAttempt(saved(2), finished).snapshots['lesson-1-quiz']).toBeDefined();
  });
});
