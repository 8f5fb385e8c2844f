import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../../plugins/quizzes/contract';
import { emptyProgressDocument } from '../../progress';
import { hasStarted, quizzesToResume } from './where-left-off';

const lesson = (id: string, number: number, quizIds: string[]): Lesson => ({
  id,
  number,
  title: id,
  permalink: `/lessons/${id}`,
  keyPointIds: [],
  teaches: true,
  quizIds,
});
const lessons = [lesson('the-meeting', 1, ['the-meeting']), lesson('dprk-threat', 2, ['q2'])];
const saved = (savedAt: string) => ({ savedAt, snapshot: { status: 'active' } });

describe('where a learner left off', () => {
  it('has nothing on a first visit', () => {
    const empty = emptyProgressDocument();
    expect(hasStarted(empty)).toBe(false);
    expect(quizzesToResume(empty, lessons)).toEqual([]);
  });

  it('counts a completed lesson or a quiz begun as a start', () => {
    const base = emptyProgressDocument();
    expect(
      hasStarted({ ...base, lessons: { 'the-meeting': { completedAt: '2026-01-01T00:00:00Z' } } }),
    ).toBe(true);
    expect(hasStarted({ ...base, snapshots: { q2: saved('2026-01-01T00:00:00.000Z') } })).toBe(
      true,
    );
  });

  it('lists the quizzes to resume at the lesson that embeds them, latest first, others left out', () => {
    const progress = {
      ...emptyProgressDocument(),
      snapshots: {
        'the-meeting': saved('2026-01-01T00:00:00.000Z'),
        q2: saved('2026-01-02T00:00:00.000Z'),
        'review-session': saved('2026-01-03T00:00:00.000Z'),
        'gone-quiz': saved('2026-01-04T00:00:00.000Z'),
      },
    } as ReturnType<typeof emptyProgressDocument>;
    expect(
      quizzesToResume(progress, lessons).map(({ quizId, lesson }) => [quizId, lesson.id]),
    ).toEqual([
      ['q2', 'dprk-threat'],
      ['the-meeting', 'the-meeting'],
    ]);
  });
});
