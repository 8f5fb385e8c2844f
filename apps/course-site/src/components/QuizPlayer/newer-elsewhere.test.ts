import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from '../../progress/__fixtures__/attempts';
import { emptyProgressDocument } from '../../progress/document';
import { recordAttempt } from '../../progress/record-attempt';
import { saveQuizSnapshot } from '../../progress/snapshots';
import { keepNewerSnapshot, newerElsewhere, saveUnlessNewerElsewhere } from './newer-elsewhere';

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

describe('a save from a tab the quiz moved on from', () => {
  const quizId = 'lesson-1-quiz';
  const at = (iso: string) => new Date(iso);
  const snapshotOf = (current: number) => ({
    value: { practice: 'answering' },
    context: { quizId, seed: 42, attempt: 1, current },
  });
  /** Tab B saved at 10:05, after tab A last saved (10:00). */
  const movedOn = saveQuizSnapshot(
    emptyProgressDocument(),
    quizId,
    snapshotOf(4),
    at('2030-01-01T10:05:00.000Z'),
  );

  it('is held: the newer state stays, and the very same document comes back', () => {
    const after = saveUnlessNewerElsewhere(
      movedOn,
      quizId,
      snapshotOf(2),
      at('2030-01-01T10:06:00.000Z'),
      '2030-01-01T10:00:00.000Z',
    );
    expect(after).toBe(movedOn);
    expect(after.snapshots[quizId]?.snapshot).toEqual(snapshotOf(4));
  });

  it('goes through once the tab knows the newer state, and for the tab that saved it', () => {
    const after = saveUnlessNewerElsewhere(
      movedOn,
      quizId,
      snapshotOf(5),
      at('2030-01-01T10:06:00.000Z'),
      '2030-01-01T10:05:00.000Z',
    );
    expect(after.snapshots[quizId]).toEqual({
      savedAt: '2030-01-01T10:06:00.000Z',
      snapshot: snapshotOf(5),
    });
    const first = saveUnlessNewerElsewhere(
      emptyProgressDocument(),
      quizId,
      snapshotOf(0),
      at('2030-01-01T10:06:00.000Z'),
      '2030-01-01T10:00:00.000Z',
    );
    expect(first.snapshots[quizId]?.snapshot).toEqual(snapshotOf(0));
  });

  it('finishing keeps the other tab’s newer snapshot of the same attempt, which recording alone drops', () => {
    const attempt = quizAttempt(`${quizId}:${(42).toString(36)}:1`, '2030-01-01T10:07:00.000Z', [
      result('q1', ['kp'], 1),
    ]);
    const recorded = recordAttempt(movedOn, attempt);
    expect(recorded.snapshots[quizId]).toBeUndefined();

    const kept = keepNewerSnapshot(movedOn, recorded, quizId, '2030-01-01T10:00:00.000Z');
    expect(kept.attempts).toEqual(recorded.attempts);
    expect(kept.snapshots[quizId]).toBe(movedOn.snapshots[quizId]);
    // This tab's own latest snapshot is dropped as before.
    expect(keepNewerSnapshot(movedOn, recorded, quizId, '2030-01-01T10:05:00.000Z')).toBe(recorded);
  });
});
