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
});
