import { describe, expect, it } from 'vitest';
import { describeDueDate } from './due-date';

const now = new Date('2025-03-04T09:00:00.000Z');

describe('describing when a key point is due', () => {
  it('says "today" for later the same day, and that it is not due yet', () => {
    const text = describeDueDate('2025-03-04T20:00:00.000Z', now, 'UTC');

    expect(text).toEqual({ isDue: false, relative: 'today', absolute: 'Mar 4, 2025, 8:00 PM' });
  });

  it('counts calendar days, so a date early tomorrow is "tomorrow"', () => {
    expect(describeDueDate('2025-03-05T01:00:00.000Z', now, 'UTC').relative).toBe('tomorrow');
  });

  it('counts days in the learner’s time zone', () => {
    // 09:00 UTC on the 4th is already 18:00 in Tokyo; 16:00 UTC is 01:00 on the 5th there.
    expect(describeDueDate('2025-03-04T16:00:00.000Z', now, 'Asia/Tokyo').relative).toBe(
      'tomorrow',
    );
    expect(describeDueDate('2025-03-04T16:00:00.000Z', now, 'UTC').relative).toBe('today');
  });

  it('is due at the due time and after, and says how long ago', () => {
    expect(describeDueDate('2025-03-04T09:00:00.000Z', now, 'UTC').isDue).toBe(true);
    expect(describeDueDate('2025-03-02T09:00:00.000Z', now, 'UTC')).toMatchObject({
      isDue: true,
      relative: '2 days ago',
    });
  });

  it('speaks of weeks, then months, for far dates', () => {
    expect(describeDueDate('2025-03-07T09:00:00.000Z', now, 'UTC').relative).toBe('in 3 days');
    expect(describeDueDate('2025-03-25T09:00:00.000Z', now, 'UTC').relative).toBe('in 3 weeks');
    expect(describeDueDate('2025-07-04T09:00:00.000Z', now, 'UTC').relative).toBe('in 4 months');
  });
});
