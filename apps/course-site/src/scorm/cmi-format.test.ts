import { describe, expect, it } from 'vitest';
import { cmiDecimal, cmiDuration, cmiTimestamp } from './cmi-format';

// The forms of SCORM 2004 RTE 4.1 (ISO 8601) and SCORM 1.2 RTE 3.4 (CMITime, CMITimespan).
const DURATION_2004 =
  /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;
const TIMESPAN_12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const TIME_2004 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?Z$/;
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

describe('CMI values', () => {
  it('writes durations in each version’s form', () => {
    expect(cmiDuration(0, '2004')).toBe('PT0H0M0S');
    expect(cmiDuration(3_723_450, '2004')).toBe('PT1H2M3.45S');
    expect(cmiDuration(3_723_450, '1.2')).toBe('0001:02:03.45');
    for (const ms of [0, 9, 999, 61_000, 3_600_000 * 30, 1e12]) {
      expect(cmiDuration(ms, '2004')).toMatch(DURATION_2004);
      expect(cmiDuration(ms, '1.2')).toMatch(TIMESPAN_12);
    }
    // 1.2's hours have at most four digits.
    expect(cmiDuration(1e12, '1.2')).toBe('9999:59:59.99');
    expect(cmiDuration(-5, '2004')).toBe('PT0H0M0S');
  });

  it('writes moments in each version’s form, in UTC', () => {
    const at = new Date('2023-06-03T09:05:07.891Z');
    expect(cmiTimestamp(at, '2004')).toBe('2023-06-03T09:05:07.89Z');
    expect(cmiTimestamp(at, '2004')).toMatch(TIME_2004);
    expect(cmiTimestamp(at, '1.2')).toBe('09:05:07');
    expect(cmiTimestamp(at, '1.2')).toMatch(TIME_12);
  });

  it('writes decimals with at most seven places', () => {
    expect(cmiDecimal(1 / 3)).toBe('0.3333333');
    expect(cmiDecimal(0.7)).toBe('0.7');
    expect(cmiDecimal(100)).toBe('100');
  });
});
