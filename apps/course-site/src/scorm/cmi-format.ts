import type { ScormVersion } from './api';

/**
 * Values in the forms each version's CMI data model asks for: SCORM 2004 4th edition RTE
 * section 4.1 (ISO 8601 timestamps and durations) and SCORM 1.2 RTE section 3.4 (CMITime,
 * CMITimespan).
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A duration in each version's form: 2004 `timeinterval (second,10,2)`, as `PT1H2M3.45S`;
 * 1.2 `CMITimespan`, as `0001:02:03.45` (hours of 2 to 4 digits, capped at 9999).
 */
export function cmiDuration(milliseconds: number, version: ScormVersion): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  if (version === '1.2') {
    if (hours > 9999) return '9999:59:59.99';
    return `${pad(hours, 4)}:${pad(minutes)}:${pad(Math.floor(seconds))}.${pad(centiseconds % 100)}`;
  }
  const secondsText = Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(2);
  return `PT${hours}H${minutes}M${secondsText}S`;
}

/**
 * A moment in each version's form: 2004 `time (second,10,0)`, ISO 8601 in UTC
 * (`2023-06-03T09:00:00.0Z`, at most two decimals kept); 1.2 `CMITime`, the time of day
 * `HH:MM:SS` in UTC.
 */
export function cmiTimestamp(at: Date, version: ScormVersion): string {
  if (version === '1.2')
    return `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
  return `${at.toISOString().slice(0, 19)}.${pad(Math.floor(at.getUTCMilliseconds() / 10))}Z`;
}

/** A score as a decimal without more than 7 places (2004 `real (10,7)`; 1.2 `CMIDecimal`). */
export function cmiDecimal(value: number): string {
  return String(Math.round(value * 1e7) / 1e7);
}
