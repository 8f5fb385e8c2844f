/**
 * The LMS's SCORM API, found by the standard search and seen through one interface for both
 * versions: SCORM 2004 (`API_1484_11`: Initialize, GetValue…) and SCORM 1.2 (`API`:
 * LMSInitialize, LMSGetValue…). Every call returns what the LMS said; none throws (an API that
 * throws is reported as a refused call with the exception's message).
 */

import type { ScormVersion } from '../../plugins/scorm/contract';

export type { ScormVersion };

/** What a call to the LMS gave: its value, or the error the LMS (or the call) reported. */
export type ScormCall<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export interface ScormApi {
  readonly version: ScormVersion;
  initialize(): ScormCall<void>;
  getValue(element: string): ScormCall<string>;
  setValue(element: string, value: string): ScormCall<void>;
  commit(): ScormCall<void>;
  terminate(): ScormCall<void>;
}

/** The methods of the 2004 API object the course calls. */
interface RawApi2004 {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

/** The methods of the 1.2 API object the course calls. */
interface RawApi12 {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

const hasMethods = (value: unknown, names: readonly string[]): boolean =>
  typeof value === 'object' &&
  value !== null &&
  names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

const isRaw2004 = (value: unknown): value is RawApi2004 =>
  hasMethods(value, ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError']);
const isRaw12 = (value: unknown): value is RawApi12 =>
  hasMethods(value, ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']);

/** The part of a window the search reads (any object in tests). */
export interface WindowLike {
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
  readonly [name: string]: unknown;
}

/** How many parents up the search looks: ADL's sample code for SCORM 2004 allows 500, 1.2's 7. */
export const SEARCH_LIMIT: Readonly<Record<ScormVersion, number>> = { '2004': 500, '1.2': 7 };

/** Reads a property of a window that may belong to another origin (reading then throws). */
function property(win: WindowLike, name: string): unknown {
  try {
    return win[name];
  } catch {
    return undefined;
  }
}

/** This window and its parents, up to `limit` levels, nearest first. */
function* ancestors(start: WindowLike, limit: number): Generator<WindowLike> {
  let current: WindowLike | null | undefined = start;
  for (let level = 0; current != null && level <= limit; level += 1) {
    yield current;
    const parent = property(current, 'parent') as WindowLike | null | undefined;
    if (parent === current) return;
    current = parent;
  }
}

/** The API object named `name` in `start`'s frames, then in its opener's frames (the standard search). */
function search(start: WindowLike, name: string, limit: number): unknown {
  for (const win of ancestors(start, limit)) {
    const api = property(win, name);
    if (api != null) return api;
  }
  const opener = property(start, 'opener') as WindowLike | null | undefined;
  if (opener == null) return undefined;
  for (const win of ancestors(opener, limit)) {
    const api = property(win, name);
    if (api != null) return api;
  }
  return undefined;
}

/**
 * What an exception says. The API lives in another frame, whose `Error` is not this frame's:
 * `instanceof Error` is false for it, so its message is read by shape.
 */
function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** Runs one raw call, turning a throw into a refused call. */
function attempt<T>(run: () => T): ScormCall<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return {
      ok: false,
      error: `the LMS's SCORM API failed (${messageOf(error)})`,
    };
  }
}

/** A refused call's error, from the API's last error code and its text. */
function lastError(code: () => unknown, text: (code: string) => unknown, call: string): string {
  const read = attempt(() => String(code()));
  const number = read.ok ? read.value : '?';
  const words = attempt(() => String(text(number)));
  return `the LMS refused ${call} (error ${number}${words.ok && words.value !== '' ? `: ${words.value}` : ''})`;
}

/**
 * The two kinds of call both versions make alike: one that answers "true" when it worked, and
 * GetValue, refused when the last error code is set. `refused` words a refusal; `errorCode` reads
 * the API's last error code.
 */
function callsOf(refused: (call: string) => string, errorCode: () => unknown) {
  const ran = (call: string, run: () => unknown): ScormCall<void> => {
    const result = attempt(run);
    if (!result.ok) return result;
    return String(result.value) === 'true'
      ? { ok: true, value: undefined }
      : { ok: false, error: refused(call) };
  };
  const read = (call: string, run: () => unknown): ScormCall<string> => {
    const result = attempt(() => String(run()));
    if (!result.ok) return result;
    const code = attempt(() => String(errorCode()));
    if (code.ok && code.value !== '0' && code.value !== '')
      return { ok: false, error: refused(call) };
    return result;
  };
  return { ran, read };
}

function wrap2004(raw: RawApi2004): ScormApi {
  const refused = (call: string) =>
    lastError(
      () => raw.GetLastError(),
      (code) => (typeof raw.GetErrorString === 'function' ? raw.GetErrorString(code) : ''),
      call,
    );
  const { ran, read } = callsOf(refused, () => raw.GetLastError());
  return {
    version: '2004',
    initialize: () => ran('Initialize', () => raw.Initialize('')),
    terminate: () => ran('Terminate', () => raw.Terminate('')),
    commit: () => ran('Commit', () => raw.Commit('')),
    setValue: (element, value) => ran(`SetValue ${element}`, () => raw.SetValue(element, value)),
    getValue: (element) => read(`GetValue ${element}`, () => raw.GetValue(element)),
  };
}

function wrap12(raw: RawApi12): ScormApi {
  const refused = (call: string) =>
    lastError(
      () => (typeof raw.LMSGetLastError === 'function' ? raw.LMSGetLastError() : '?'),
      (code) => (typeof raw.LMSGetErrorString === 'function' ? raw.LMSGetErrorString(code) : ''),
      call,
    );
  const { ran, read } = callsOf(refused, () => raw.LMSGetLastError());
  return {
    version: '1.2',
    initialize: () => ran('LMSInitialize', () => raw.LMSInitialize('')),
    terminate: () => ran('LMSFinish', () => raw.LMSFinish('')),
    commit: () => ran('LMSCommit', () => raw.LMSCommit('')),
    setValue: (element, value) =>
      ran(`LMSSetValue ${element}`, () => raw.LMSSetValue(element, value)),
    getValue: (element) => read(`LMSGetValue ${element}`, () => raw.LMSGetValue(element)),
  };
}

/**
 * The LMS's API by the standard search: `API_1484_11` (SCORM 2004) in this window and its
 * parents, then in the opener's; failing that `API` (SCORM 1.2) the same way. Null outside an
 * LMS, or when what is found lacks the API's methods.
 */
export function findScormApi(start: WindowLike): ScormApi | null {
  const api2004 = search(start, 'API_1484_11', SEARCH_LIMIT['2004']);
  if (isRaw2004(api2004)) return wrap2004(api2004);
  const api12 = search(start, 'API', SEARCH_LIMIT['1.2']);
  if (isRaw12(api12)) return wrap12(api12);
  return null;
}
