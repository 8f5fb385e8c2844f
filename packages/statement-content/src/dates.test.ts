import { describe, expect, it } from 'vitest';
import { datePrecision, formatDate, isAfterMeeting, isIsoDate } from './dates';

describe('formatDate', () => {
  it('writes a full date as the statement does', () => {
    expect(formatDate('2023-06-03')).toBe('June 3, 2023');
  });

  it('shows a date known to the month without inventing a day', () => {
    expect(formatDate('2006-10')).toBe('October 2006');
  });

  it('shows a bare year as the year', () => {
    expect(formatDate('2024')).toBe('2024');
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => formatDate('3 June 2023')).toThrow(RangeError);
  });
});

describe('datePrecision and isIsoDate', () => {
  it('tells day, month and year precision apart', () => {
    expect(datePrecision('2023-06-03')).toBe('day');
    expect(datePrecision('2006-10')).toBe('month');
    expect(datePrecision('2014')).toBe('year');
  });

  it('accepts only YYYY, YYYY-MM and YYYY-MM-DD with a real month', () => {
    expect(isIsoDate('2016-11-23')).toBe(true);
    expect(isIsoDate('2006-10')).toBe(true);
    expect(isIsoDate('2006-13')).toBe(false);
    expect(isIsoDate('2023-6-3')).toBe(false);
  });
});

describe('isAfterMeeting', () => {
  it('places the meeting day itself and earlier dates before, later dates after', () => {
    expect(isAfterMeeting('2023-06-03')).toBe(false);
    expect(isAfterMeeting('2023-05-31')).toBe(false);
    expect(isAfterMeeting('2023-06-04')).toBe(true);
    expect(isAfterMeeting('2024-07-28')).toBe(true);
  });

  it('does not call a month or year "later" when it contains the meeting', () => {
    expect(isAfterMeeting('2023-06')).toBe(false);
    expect(isAfterMeeting('2023')).toBe(false);
    expect(isAfterMeeting('2023-07')).toBe(true);
  });
});
