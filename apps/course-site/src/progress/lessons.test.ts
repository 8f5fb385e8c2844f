import { describe, expect, it } from 'vitest';
import { emptyProgressDocument } from './document';
import { completeLesson, lessonProgress, nextLesson, openLesson } from './lessons';

const lessonOrder = ['the-meeting', 'north-korea', 'indo-pacific', 'what-came-next'];

describe('lessons', () => {
  it('start with the first lesson', () => {
    expect(nextLesson(lessonOrder, emptyProgressDocument())).toBe('the-meeting');
  });

  it('go on with the first lesson in course order not yet completed', () => {
    let document = completeLesson(
      emptyProgressDocument(),
      'the-meeting',
      new Date('2025-03-01T10:00:00.000Z'),
    );
    document = completeLesson(document, 'indo-pacific', new Date('2025-03-02T10:00:00.000Z'));

    expect(nextLesson(lessonOrder, document)).toBe('north-korea');
  });

  it('have no next lesson once all are completed', () => {
    const document = lessonOrder.reduce(
      (progress, lessonId) =>
        completeLesson(progress, lessonId, new Date('2025-03-01T10:00:00.000Z')),
      emptyProgressDocument(),
    );

    expect(lessonProgress(lessonOrder, document)).toEqual({
      completed: lessonOrder,
      total: 4,
      next: null,
    });
  });

  it('keep the first time a lesson was completed', () => {
    const first = completeLesson(
      emptyProgressDocument(),
      'the-meeting',
      new Date('2025-03-01T10:00:00.000Z'),
    );

    const again = completeLesson(first, 'the-meeting', new Date('2025-03-05T10:00:00.000Z'));

    expect(again).toBe(first);
    expect(again.lessons['the-meeting']?.completedAt).toBe('2025-03-01T10:00:00.000Z');
  });

  it('count only lessons still in the course', () => {
    const document = completeLesson(
      emptyProgressDocument(),
      'a-lesson-since-removed',
      new Date('2025-03-01T10:00:00.000Z'),
    );

    expect(lessonProgress(lessonOrder, document)).toEqual({
      completed: [],
      total: 4,
      next: 'the-meeting',
    });
  });

  it('record a lesson opened once, at its first opening; completing one opens it too', () => {
    const opened = openLesson(
      emptyProgressDocument(),
      'the-meeting',
      new Date('2025-03-01T10:00:00.000Z'),
    );

    expect(opened.lessonsOpened).toEqual({
      'the-meeting': { openedAt: '2025-03-01T10:00:00.000Z' },
    });
    expect(opened.lessons).toEqual({});
    expect(openLesson(opened, 'the-meeting', new Date('2025-03-04T10:00:00.000Z'))).toBe(opened);
    const completed = completeLesson(opened, 'the-meeting', new Date('2025-03-04T10:00:00.000Z'));
    expect(completed.lessonsOpened).toBe(opened.lessonsOpened);
    const direct = completeLesson(
      emptyProgressDocument(),
      '__proto__',
      new Date('2025-03-05T10:00:00.000Z'),
    );
    expect(Object.keys(direct.lessonsOpened)).toEqual(['__proto__']);
    expect(Object.keys(direct.lessons)).toEqual(['__proto__']);
  });
});
