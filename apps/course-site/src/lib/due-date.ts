/** When a key point is due, as a learner reads it. */
export interface DueDateText {
  /** True when the key point is due now (or overdue). */
  readonly isDue: boolean;
  /** Relative to now, in calendar days then weeks and months: "today", "in 3 days", "2 days ago". */
  readonly relative: string;
  /** The date and time, e.g. "Mar 4, 2025, 10:00 AM". */
  readonly absolute: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** Calendar days from `now` to `date` in the given time zone (0 = the same day). */
function calendarDaysBetween(now: Date, date: Date, timeZone: string | undefined): number {
  const dayNumber = (when: Date) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(when);
    const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
    return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY;
  };
  return dayNumber(date) - dayNumber(now);
}

/**
 * Describes a due date relative to `now` and in full. Scheduling is by whole days, so the
 * relative form counts calendar days (in `timeZone`, the browser's by default), then weeks
 * from two weeks on and months from two months on.
 */
export function describeDueDate(due: string, now: Date, timeZone?: string): DueDateText {
  const date = new Date(due);
  const days = calendarDaysBetween(now, date, timeZone);
  const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const size = Math.abs(days);
  const relative =
    size < 14
      ? relativeFormat.format(days, 'day')
      : size < 60
        ? relativeFormat.format(Math.round(days / 7), 'week')
        : relativeFormat.format(Math.round(days / 30), 'month');
  return {
    isDue: date.getTime() <= now.getTime(),
    relative,
    absolute: new Intl.DateTimeFormat('en-US', {
      timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(date),
  };
}
