import type * as z from 'zod/mini';
import {
  CURRENT_PROGRESS_VERSION,
  PROGRESS_FORMAT,
  type ProgressDocument,
  progressSchemas,
} from './document';
import { migrationFrom, OLDEST_PROGRESS_VERSION } from './migrations';

/** Why stored or imported progress could not be read. */
export type ProgressReadFailureReason = 'unreadable' | 'foreign' | 'invalid' | 'newer-version';

/** Progress that could not be read, with a sentence and the path of the first problem. */
export interface ProgressReadFailure {
  readonly ok: false;
  readonly reason: ProgressReadFailureReason;
  readonly message: string;
  /** Where in the document the problem is, like `attempts[0].finishedAt`; null when not located. */
  readonly path: string | null;
  /** The version the data claims, when it claims one. */
  readonly version: number | null;
}

/** Progress read and, if it was older, migrated to the current version. */
export interface ProgressReadSuccess {
  readonly ok: true;
  readonly document: ProgressDocument;
  /** The version the data was in before migration. */
  readonly fromVersion: number;
}

/** The outcome of reading progress data. */
export type ProgressReadResult = ProgressReadSuccess | ProgressReadFailure;

/** Reads progress from JSON text: parse, recognise, migrate, validate. */
export function parseProgressText(text: string): ProgressReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('unreadable', `not valid JSON (${detail})`, null, null);
  }
  return parseProgressDocument(value);
}

/**
 * How deeply stored progress may nest. The course's documents nest about 15 levels (a quiz
 * snapshot's answers inside its events); anything far deeper is not ours, and the schema's
 * recursive checks would overflow the stack on it.
 */
export const MAX_PROGRESS_DEPTH = 64;

/**
 * Reads progress from a parsed JSON value: recognise, migrate, validate. Never throws: a value
 * nested deeper than `MAX_PROGRESS_DEPTH` or one that breaks a check in an unforeseen way is
 * `invalid`, with a sentence.
 */
export function parseProgressDocument(value: unknown): ProgressReadResult {
  const deep = tooDeep(value, MAX_PROGRESS_DEPTH);
  if (deep !== null) {
    return failure(
      'invalid',
      `nested more than ${MAX_PROGRESS_DEPTH} levels deep`,
      formatPath(deep),
      null,
    );
  }
  try {
    return readDocument(value);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('invalid', `could not be checked (${detail})`, null, null);
  }
}

/**
 * The path of the first place `value` nests deeper than `limit` objects and arrays, or null.
 * Iterative, so that the check itself cannot overflow the stack.
 */
export function tooDeep(value: unknown, limit: number): PropertyKey[] | null {
  interface Place {
    readonly value: unknown;
    readonly depth: number;
    readonly key: PropertyKey;
    readonly parent: Place | null;
  }
  const stack: Place[] = [{ value, depth: 0, key: '', parent: null }];
  for (let place = stack.pop(); place !== undefined; place = stack.pop()) {
    const item = place.value;
    if (typeof item !== 'object' || item === null) continue;
    if (place.depth >= limit) {
      const path: PropertyKey[] = [];
      for (let at: Place | null = place; at?.parent; at = at.parent) path.unshift(at.key);
      return path;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(item)
      ? item.map((child, index) => [index, child])
      : Object.entries(item);
    for (const [key, child] of entries) {
      stack.push({ value: child, depth: place.depth + 1, key, parent: place });
    }
  }
  return null;
}

function readDocument(value: unknown): ProgressReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure('foreign', 'expected a JSON object', null, null);
  }
  const format = 'format' in value ? value.format : undefined;
  const version = 'version' in value ? value.version : undefined;
  if (format !== undefined && format !== PROGRESS_FORMAT) {
    return failure(
      'foreign',
      `format is ${JSON.stringify(format)}, not "${PROGRESS_FORMAT}"`,
      'format',
      null,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure('foreign', 'no progress version number', 'version', null);
  }
  if (version > CURRENT_PROGRESS_VERSION) {
    return failure(
      'newer-version',
      `written by a newer version of the course (progress version ${version}; this site reads up to ${CURRENT_PROGRESS_VERSION})`,
      'version',
      version,
    );
  }
  if (version < OLDEST_PROGRESS_VERSION) {
    return failure(
      'foreign',
      `progress version ${version} is not one this course ever wrote`,
      'version',
      version,
    );
  }
  // Versions before 2 carried no format tag; from 2 on the tag is how we know the data is ours.
  if (version >= 2 && format === undefined) {
    return failure('foreign', `missing "format": "${PROGRESS_FORMAT}"`, 'format', version);
  }

  let current: unknown = value;
  for (let step = version; step < CURRENT_PROGRESS_VERSION; step += 1) {
    const migration = migrationFrom(step);
    if (migration === undefined) {
      return failure('invalid', `no migration from progress version ${step}`, 'version', version);
    }
    const result = migration.apply(current);
    if (!result.ok) return invalid(result.error, version);
    current = result.value;
  }
  const parsed = progressSchemas().progressDocument.safeParse(current);
  if (!parsed.success) return invalid(parsed.error, version);
  return { ok: true, document: parsed.data, fromVersion: version };
}

function invalid(error: z.core.$ZodError, version: number): ProgressReadFailure {
  const issue = error.issues[0];
  if (issue === undefined) return failure('invalid', 'does not match the schema', null, version);
  const path = formatPath(issue.path);
  return failure('invalid', issue.message, path, version);
}

function failure(
  reason: ProgressReadFailureReason,
  message: string,
  path: string | null,
  version: number | null,
): ProgressReadFailure {
  return { ok: false, reason, message, path, version };
}

/** Formats a schema path the way JavaScript would address it: `attempts[0].finishedAt`. */
export function formatPath(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}
