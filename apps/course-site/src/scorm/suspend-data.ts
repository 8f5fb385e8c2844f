import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { ProgressDocument } from '../progress/document';
import { exportProgress } from '../progress/export-import';
import { playedQuizId } from '../progress/snapshots';
import type { ScormVersion } from './api';

/**
 * The learner's progress as SCORM `suspend_data`: the progress export file (the course's one
 * serialization of the record, read back by the import and its migrations), deflated and written
 * in Z85 (ZeroMQ's RFC 32/Z85: 5 printable characters for 4 bytes, none of them a quote, a
 * backslash or a space) behind a versioned prefix and the count of padding bytes:
 *
 *     tmm2:<0-3><Z85 of the deflated export, zero-padded to whole groups of 4 bytes>
 *
 * Z85 costs a quarter more than the bytes, where base64 costs a third: after every lesson and a
 * review the record's irreducible part, below, came to about 4,100 characters in base64, over
 * SCORM 1.2's limit, and fits in Z85. `tmm1:<base64>`, written by the course before, is still read.
 *
 * SCORM 1.2 holds 4,096 characters (`CMIString4096`), SCORM 2004 64,000
 * (`characterstring (SPM: 64000)`). When the whole record does not fit, the **compaction rule**:
 * finished attempts are left out oldest first, with their review logs, until it fits; never the
 * latest attempt of a quiz (or of "Review now"), the lessons completed, the review scheduler's
 * cards nor an unfinished quiz (the current state). If even that does not fit, nothing is written
 * and the LMS keeps the last record that did. The browser's own copy always keeps everything.
 */

/** The prefix of this encoding; another version of it would take `tmm3:`. */
export const SUSPEND_DATA_PREFIX = 'tmm2:';
/** The prefix of the base64 encoding the course wrote before, still read. */
const BASE64_PREFIX = 'tmm1:';

/** The most `suspend_data` holds in each version, in characters. */
export const SUSPEND_DATA_LIMIT: Readonly<Record<ScormVersion, number>> = {
  '2004': 64_000,
  '1.2': 4_096,
};

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const Z85_DIGITS =
  '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/** Bytes whose count is a multiple of 4 in Z85 (RFC 32: each 4 bytes, big-endian, in base 85). */
export function toZ85(bytes: Uint8Array): string {
  if (bytes.length % 4 !== 0) throw new Error('Z85 encodes whole groups of 4 bytes');
  let text = '';
  for (let start = 0; start < bytes.length; start += 4) {
    let value =
      ((bytes[start] ?? 0) * 0x1000000 +
        ((bytes[start + 1] ?? 0) << 16) +
        ((bytes[start + 2] ?? 0) << 8) +
        (bytes[start + 3] ?? 0)) >>>
      0;
    let group = '';
    for (let digit = 0; digit < 5; digit += 1) {
      group = (Z85_DIGITS[value % 85] ?? '') + group;
      value = Math.floor(value / 85);
    }
    text += group;
  }
  return text;
}

/** Z85 text back into its bytes; a character outside Z85 or a broken group is an error. */
export function fromZ85(text: string): Uint8Array {
  if (text.length % 5 !== 0) throw new Error('Z85 text comes in whole groups of 5 characters');
  const bytes = new Uint8Array((text.length / 5) * 4);
  for (let group = 0; group < text.length / 5; group += 1) {
    let value = 0;
    for (let digit = 0; digit < 5; digit += 1) {
      const character = text[group * 5 + digit] ?? '';
      const index = Z85_DIGITS.indexOf(character);
      if (index < 0) throw new Error(`"${character}" is not a Z85 character`);
      value = value * 85 + index;
    }
    if (value > 0xffffffff) throw new Error('a Z85 group is larger than 4 bytes');
    bytes[group * 4] = Math.floor(value / 0x1000000) & 0xff;
    bytes[group * 4 + 1] = (value >>> 16) & 0xff;
    bytes[group * 4 + 2] = (value >>> 8) & 0xff;
    bytes[group * 4 + 3] = value & 0xff;
  }
  return bytes;
}

/** A document as `suspend_data`, whole. */
export function encodeSuspendData(document: ProgressDocument, savedAt: Date): string {
  const json = JSON.stringify(JSON.parse(exportProgress(document, savedAt)));
  const deflated = deflateSync(strToU8(json), { level: 9 });
  const padding = (4 - (deflated.length % 4)) % 4;
  const padded = new Uint8Array(deflated.length + padding);
  padded.set(deflated);
  return `${SUSPEND_DATA_PREFIX}${padding}${toZ85(padded)}`;
}

/** The deflated export that `suspend_data` holds, in either encoding the course has written. */
function deflatedBytes(text: string): Uint8Array {
  if (text.startsWith(BASE64_PREFIX)) return fromBase64(text.slice(BASE64_PREFIX.length));
  const body = text.slice(SUSPEND_DATA_PREFIX.length);
  const padding = Number(body.slice(0, 1));
  if (!/^[0-3]$/.test(body.slice(0, 1))) throw new Error('its padding count is missing');
  const bytes = fromZ85(body.slice(1));
  if (padding > bytes.length) throw new Error('its padding is longer than its data');
  return bytes.subarray(0, bytes.length - padding);
}

/** What to write as `suspend_data`, and what the compaction rule left out to fit. */
export type SuspendDataFit =
  | { readonly ok: true; readonly text: string; readonly attemptsLeftOut: number }
  | { readonly ok: false; readonly length: number; readonly limit: number };

/** Finished attempts the rule may leave out, oldest first: all but each quiz's latest. */
function omittable(document: ProgressDocument): string[] {
  const latest = new Map<string, string>();
  for (const attempt of document.attempts) {
    const played = playedQuizId(attempt);
    if (played !== null) latest.set(played, attempt.attemptId);
  }
  const kept = new Set(latest.values());
  return document.attempts
    .filter((attempt) => playedQuizId(attempt) !== null && !kept.has(attempt.attemptId))
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
    .map((attempt) => attempt.attemptId);
}

/** The document without the given attempts and their review logs. */
function without(document: ProgressDocument, attemptIds: ReadonlySet<string>): ProgressDocument {
  if (attemptIds.size === 0) return document;
  return {
    ...document,
    attempts: document.attempts.filter((attempt) => !attemptIds.has(attempt.attemptId)),
    reviewLogs: document.reviewLogs.filter((log) => !attemptIds.has(log.attemptId)),
  };
}

/** The document as `suspend_data` within `limit` characters, by the compaction rule. */
export function fitSuspendData(
  document: ProgressDocument,
  limit: number,
  savedAt: Date,
): SuspendDataFit {
  const whole = encodeSuspendData(document, savedAt);
  if (whole.length <= limit) return { ok: true, text: whole, attemptsLeftOut: 0 };
  const order = omittable(document);
  const encoded = (count: number) =>
    encodeSuspendData(without(document, new Set(order.slice(0, count))), savedAt);
  const smallest = encoded(order.length);
  if (smallest.length > limit) return { ok: false, length: smallest.length, limit };
  // The fewest attempts left out that fit (deflate makes the size nearly monotone in the count;
  // the answer is checked, and the most compact form is the fallback).
  let low = 0;
  let high = order.length;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (encoded(middle).length <= limit) high = middle;
    else low = middle;
  }
  const text = encoded(high);
  return text.length <= limit
    ? { ok: true, text, attemptsLeftOut: high }
    : { ok: true, text: smallest, attemptsLeftOut: order.length };
}

/** What `suspend_data` held. */
export type SuspendDataRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'progress'; readonly exportText: string }
  | { readonly kind: 'unreadable'; readonly message: string };

/**
 * Reads `suspend_data` back into the progress export text it was made from, for the import to
 * validate, migrate and merge. Empty is a first launch; anything else unreadable says why.
 */
export function readSuspendData(text: string): SuspendDataRead {
  if (text === '') return { kind: 'empty' };
  if (!text.startsWith(SUSPEND_DATA_PREFIX) && !text.startsWith(BASE64_PREFIX)) {
    const prefix = /^[a-z]+\d+:/.exec(text)?.[0];
    return {
      kind: 'unreadable',
      message: prefix?.startsWith('tmm')
        ? `it was saved by a newer version of the course (${prefix.slice(0, -1)})`
        : 'it was not saved by this course',
    };
  }
  try {
    return {
      kind: 'progress',
      exportText: strFromU8(inflateSync(deflatedBytes(text))),
    };
  } catch (error) {
    return {
      kind: 'unreadable',
      message: `it is damaged (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
