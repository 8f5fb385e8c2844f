import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from './__fixtures__/attempts';
import { emptyProgressDocument, type ProgressDocument, type QuestionRecord } from './document';
import {
  dueKeyPoints,
  reviewCard,
  reviewForecast,
  scheduleAttempt,
  toFsrsCard,
  toStoredCard,
} from './schedule';

const DAY = 24 * 60 * 60 * 1000;

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY;
}

function attemptOn(finishedAt: string, id: string, questions: QuestionRecord[]) {
  return quizAttempt(id, finishedAt, questions);
}

describe('scheduling key points with FSRS', () => {
  it('brings a key point back the next day after "again" and later after "good"', () => {
    const at = new Date('2025-03-01T10:00:00.000Z');

    const again = reviewCard(undefined, 'again', at).card;
    const good = reviewCard(undefined, 'good', at).card;

    expect(daysBetween(at.toISOString(), again.due)).toBe(1);
    expect(daysBetween(at.toISOString(), good.due)).toBeGreaterThan(1);
  });

  it('moves the due date further forward after each good review', () => {
    const first = reviewCard(undefined, 'good', new Date('2025-03-01T10:00:00.000Z')).card;
    const second = reviewCard(first, 'good', new Date(first.due)).card;

    expect(daysBetween(first.due, second.due)).toBeGreaterThan(
      daysBetween('2025-03-01T10:00:00.000Z', first.due),
    );
    expect(second).toMatchObject({ reps: 2, lapses: 0, state: 'review' });
  });

  it('brings a key point back sooner after a lapse than a good review would', () => {
    const learned = reviewCard(undefined, 'good', new Date('2025-03-01T10:00:00.000Z')).card;
    const reviewAt = new Date(learned.due);

    const lapsed = reviewCard(learned, 'again', reviewAt).card;
    const kept = reviewCard(learned, 'good', reviewAt).card;

    expect(Date.parse(lapsed.due)).toBeLessThan(Date.parse(kept.due));
    expect(lapsed.lapses).toBe(1);
  });

  it('stores cards that read back as the same ts-fsrs card', () => {
    const card = reviewCard(undefined, 'hard', new Date('2025-03-01T10:00:00.000Z')).card;

    expect(toStoredCard(toFsrsCard(card))).toEqual(card);
  });

  it('reviews every key point of an attempt once, at its finish time, by its result', () => {
    const attempt = attemptOn('2025-03-01T10:00:00.000Z', 'a1', [
      result('q1', ['denuclearization'], 1),
      result('q2', ['information-sharing'], 0.5),
    ]);

    const document = scheduleAttempt(emptyProgressDocument(), attempt);

    expect(
      document.reviewLogs.map(({ logId, rating, reviewedAt, state }) => ({
        logId,
        rating,
        reviewedAt,
        state,
      })),
    ).toEqual([
      {
        logId: 'a1:denuclearization',
        rating: 'good',
        reviewedAt: '2025-03-01T10:00:00.000Z',
        state: 'new',
      },
      {
        logId: 'a1:information-sharing',
        rating: 'again',
        reviewedAt: '2025-03-01T10:00:00.000Z',
        state: 'new',
      },
    ]);
    expect(document.cards.denuclearization?.lastReview).toBe('2025-03-01T10:00:00.000Z');
    expect(document.cards['information-sharing']?.due).toBe('2025-03-02T10:00:00.000Z');
  });

  it('does nothing the second time it is given the same attempt', () => {
    const attempt = attemptOn('2025-03-01T10:00:00.000Z', 'a1', [
      result('q1', ['denuclearization'], 1),
    ]);
    const once = scheduleAttempt(emptyProgressDocument(), attempt);

    expect(scheduleAttempt(once, attempt)).toBe(once);
  });

  it('leaves a card alone when the attempt finished before its last review', () => {
    const later = attemptOn('2025-03-05T10:00:00.000Z', 'a2', [
      result('q1', ['denuclearization'], 1),
    ]);
    const earlier = attemptOn('2025-03-01T10:00:00.000Z', 'a1', [
      result('q1', ['denuclearization'], 0),
    ]);
    const afterLater = scheduleAttempt(emptyProgressDocument(), later);

    const document = scheduleAttempt(afterLater, earlier);

    expect(document.cards).toEqual(afterLater.cards);
    expect(document.reviewLogs).toHaveLength(1);
  });
});

describe('due key points', () => {
  const document: ProgressDocument = [
    attemptOn('2025-03-01T10:00:00.000Z', 'a1', [
      result('q1', ['denuclearization'], 1),
      result('q2', ['ukraine'], 0),
    ]),
    attemptOn('2025-03-02T10:00:00.000Z', 'a2', [result('q3', ['rule-of-law'], 0)]),
  ].reduce(scheduleAttempt, emptyProgressDocument());

  it('are those due by now, most overdue first', () => {
    const due = dueKeyPoints(document, new Date('2025-03-03T12:00:00.000Z'));

    expect(due.map((entry) => [entry.keyPointId, entry.due])).toEqual([
      ['ukraine', '2025-03-02T10:00:00.000Z'],
      ['rule-of-law', '2025-03-03T10:00:00.000Z'],
    ]);
  });

  it('leave out key points no longer in the course', () => {
    const due = dueKeyPoints(document, new Date('2025-03-03T12:00:00.000Z'), [
      'rule-of-law',
      'denuclearization',
    ]);

    expect(due.map((entry) => entry.keyPointId)).toEqual(['rule-of-law']);
  });

  it('come from a forecast of every scheduled key point, soonest first', () => {
    const forecast = reviewForecast(document);

    expect(forecast.map((entry) => entry.keyPointId)).toEqual([
      'ukraine',
      'rule-of-law',
      'denuclearization',
    ]);
    expect(dueKeyPoints(document, new Date('2025-03-01T10:00:00.000Z'))).toEqual([]);
  });
});
