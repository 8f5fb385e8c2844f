import { statement } from './statement';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** How precisely an ISO date string is known. */
export type DatePrecision = 'year' | 'month' | 'day';

const isoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month (and day in range 01-31). */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (match === null) return false;
  const [, , month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  return day === undefined || (Number(day) >= 1 && Number(day) <= 31);
}

/** Whether a date string gives the year, the month or the day. */
export function datePrecision(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/**
 * Formats an ISO date in the statement's style, at the precision the date has: a day that is
 * not known is never shown.
 * @example formatDate('2023-06-03') // 'June 3, 2023'; formatDate('2006-10') // 'October 2006'
 */
export function formatDate(date: string): string {
  const match = isoDate.exec(date);
  if (match === null) throw new RangeError(`'${date}' is not an ISO date.`);
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : monthNames[Number(month) - 1];
  if (monthName === undefined) return `${year}`;
  if (day === undefined) return `${monthName} ${year}`;
  return `${monthName} ${Number(day)}, ${year}`;
}

/** True when a date falls after the meeting of June 3, 2023 (a "later" event). */
export function isAfterMeeting(date: string): boolean {
  // A date known only to the month or year is after the meeting only if that whole span is.
  return date > statement.date && !statement.date.startsWith(date);
}
