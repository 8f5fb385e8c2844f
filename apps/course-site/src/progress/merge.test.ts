import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from './__fixtures__/attempts';
import { emptyProgressDocument, type ProgressDocument } from './document';
import { completeLesson } from './lessons';
import { mergeProgress } from './merge';
import { recordAttempt } from './record-attempt';
import { saveQuizSnapshot } from './snapshots';

const a1 = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['ukraine'], 0)]);
const a2 = quizAttempt('a2', '2025-03-03T10:00:00.000Z', [result('q1', ['ukraine'], 1)]);
const b1 = quizAttempt(
  'b1',
  '2025-03-02T10:00:00.000Z',
  [result('q2', ['rule-of-law'], 1)],
  'lesson-2-quiz',
);

function record(...attempts: ProgressDocument['attempts']): ProgressDocument {
  return attempts.reduce(recordAttempt, emptyProgressDocument());
}

describe('merging progress', () => {
  it('keeps every attempt of both sides once, in time order', () => {
    const merged = mergeProgress(record(a1, a2), record(a1, b1));

    expect(merged.attempts.map((attempt) => attempt.attemptId)).toEqual(['a1', 'b1', 'a2']);
  });

  it('keeps both results when the two sides hold different results under one attempt id', () => {
    // Two tabs (or two browsers) resumed the same attempt and each finished it.
    const theirs = { ...a1, finishedAt: '2025-03-01T10:05:00.000Z' };

    const merged = mergeProgress(record(a1), record(theirs));

    expect(merged.attempts).toEqual([a1, { ...theirs, attemptId: 'a1~2' }]);
    // Merging again, either way round, adds nothing more.
    expect(mergeProgress(merged, record(theirs)).attempts).toHaveLength(2);
    expect(mergeProgress(merged, merged)).toEqual(merged);
  });

  it('reads only its own entries: ids such as constructor are merged like any other', () => {
    const mine = completeLesson(emptyProgressDocument(), 'toString', new Date('2025-03-01'));
    const theirs = completeLesson(emptyProgressDocument(), 'constructor', new Date('2025-03-02'));
    const cards = recordAttempt(
      emptyProgressDocument(),
      quizAttempt('c1', '2025-03-02T10:00:00.000Z', [result('q1', ['constructor'], 1)]),
    );

    const merged = mergeProgress(mergeProgress(mine, theirs), cards);

    expect(Object.keys(merged.lessons).sort()).toEqual(['constructor', 'toString']);
    expect(Object.keys(merged.cards)).toEqual(['constructor']);
  });

  it('keeps the earlier completion of a lesson completed on both sides', () => {
    const mine = completeLesson(
      emptyProgressDocument(),
      'north-korea',
      new Date('2025-03-05T10:00:00.000Z'),
    );
    const theirs = completeLesson(
      completeLesson(emptyProgressDocument(), 'north-korea', new Date('2025-03-02T10:00:00.000Z')),
      'the-meeting',
      new Date('2025-03-01T10:00:00.000Z'),
    );

    expect(mergeProgress(mine, theirs).lessons).toEqual({
      'north-korea': { completedAt: '2025-03-02T10:00:00.000Z' },
      'the-meeting': { completedAt: '2025-03-01T10:00:00.000Z' },
    });
  });

  it('keeps, per key point, the card reviewed last', () => {
    const older = record(a1);
    const newer = record(a1, a2);

    expect(mergeProgress(older, newer).cards.ukraine).toEqual(newer.cards.ukraine);
    expect(mergeProgress(newer, older).cards.ukraine).toEqual(newer.cards.ukraine);
  });

  it('keeps every review log once', () => {
    const merged = mergeProgress(record(a1, a2), record(a1, b1));

    expect(merged.reviewLogs.map((log) => log.logId)).toEqual([
      'a1:ukraine',
      'b1:rule-of-law',
      'a2:ukraine',
    ]);
  });

  it('keeps the later snapshot, and none for a quiz finished since it was saved', () => {
    const early = saveQuizSnapshot(
      emptyProgressDocument(),
      'lesson-1-quiz',
      { current: 1 },
      new Date('2025-03-01T09:00:00.000Z'),
    );
    const late = saveQuizSnapshot(
      emptyProgressDocument(),
      'lesson-1-quiz',
      { current: 4 },
      new Date('2025-03-01T09:30:00.000Z'),
    );
    const finishedElsewhere = record(a1);

    expect(mergeProgress(early, late).snapshots['lesson-1-quiz']?.snapshot).toEqual({ current: 4 });
    expect(mergeProgress(late, finishedElsewhere).snapshots).toEqual({});
  });

  it('changes nothing when merged with itself or with nothing', () => {
    const document = record(a1, b1, a2);

    expect(mergeProgress(document, document)).toEqual(document);
    expect(mergeProgress(document, emptyProgressDocument())).toEqual(document);
    expect(mergeProgress(emptyProgressDocument(), document)).toEqual(document);
  });
});
