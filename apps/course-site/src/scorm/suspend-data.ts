import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { ProgressDocument } from '../progress/document';
import { exportProgress } from '../progress/export-import';
import { playedQuizId } from '../progress/snapshots';
import type { ScormVersion } from './api';

/**
 * The learner's progress as SCORM `suspend_data`: the progress export file (the course's one
 * serialization of the record, read back by the import and its migrations), deflated and in
 * base64 behind a versioned prefix:
 *
 *     tmm1:<base64 of the deflated export>
 *
 * SCORM 1.2 holds 4,096 characters (`CMIString4096`), SCORM 2004 64,000
 * (`characterstring (SPM: 64000)`). When the whole record does not fit, the **compaction rule**:
 * finished attempts are left out oldest first, with their review logs, until it fits; never the
 * latest attempt of a quiz (or of "Review now"), the lessons completed, the review scheduler's
 * cards nor an unfinished quiz (the current state). If even that does not fit, nothing is written
 * and the LMS keeps the last record that did. The browser's own copy always keeps everything.
 */

/** The prefix of this encoding; another version of it would take `tmm2:`. */
export const SUSPEND_DATA_PREFIX = 'tmm1:';

/** The most `suspend_data` holds in each version, in characters. */
export const SUSPEND_DATA_LIMIT: Readonly<Record<ScormVersion, number>> = {
  '2004': 64_000,
  '1.2': 4_096,
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk)
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A document as `suspend_data`, whole. */
export function encodeSuspendData(document: ProgressDocument, savedAt: Date): string {
  const json = JSON.stringify(JSON.parse(exportProgress(document, savedAt)));
  return `${SUSPEND_DATA_PREFIX}${toBase64(deflateSync(strToU8(json), { level: 9 }))}`;
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
  if (!text.startsWith(SUSPEND_DATA_PREFIX)) {
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
      exportText: strFromU8(inflateSync(fromBase64(text.slice(SUSPEND_DATA_PREFIX.length)))),
    };
  } catch (error) {
    return {
      kind: 'unreadable',
      message: `it is damaged (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
