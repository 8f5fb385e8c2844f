import { describe, expect, it } from 'vitest';
import { findScormApi, type WindowLike } from './api';

/** An API object with the methods named, each answering as `answer` says (built by name:
 * the API's methods are capitalized, as no function of this code base is). */
function apiObject(
  names: readonly string[],
  answer: (name: string, args: unknown[]) => string,
): Record<string, (...args: unknown[]) => string> {
  return Object.fromEntries(
    names.map((name) => [name, (...args: unknown[]) => answer(name, args)]),
  );
}

/** A 2004 API object whose calls return what `answer` says, and its error words. */
function api2004(answer: (name: string, args: unknown[]) => string, lastError = '0') {
  return {
    ...apiObject(['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'], answer),
    ...apiObject(['GetLastError'], () => lastError),
    ...apiObject(['GetErrorString'], (_name, [code]) =>
      code === '391' ? 'General Commit Failure' : '',
    ),
  };
}

function api12() {
  return apiObject(
    [
      'LMSInitialize',
      'LMSFinish',
      'LMSGetValue',
      'LMSSetValue',
      'LMSCommit',
      'LMSGetLastError',
      'LMSGetErrorString',
    ],
    (name) =>
      name === 'LMSGetValue' || name === 'LMSGetErrorString'
        ? ''
        : name === 'LMSGetLastError'
          ? '0'
          : 'true',
  );
}

/** A chain of windows, the top one first; `parent` of the top is itself, as in a browser. */
function frames(count: number, top: Record<string, unknown> = {}): WindowLike {
  const topWindow: Record<string, unknown> = { ...top };
  topWindow.parent = topWindow;
  let current: Record<string, unknown> = topWindow;
  for (let index = 1; index < count; index += 1) current = { parent: current };
  return current as WindowLike;
}

describe('findScormApi', () => {
  it('finds the 2004 API in a parent frame, then the 1.2 API, by the standard search', () => {
    expect(findScormApi(frames(3, { API_1484_11: api2004(() => 'true') }))?.version).toBe('2004');
    expect(findScormApi(frames(3, { API: api12() }))?.version).toBe('1.2');
    // Both: 2004 first.
    expect(
      findScormApi(frames(2, { API: api12(), API_1484_11: api2004(() => 'true') }))?.version,
    ).toBe('2004');
  });

  it('looks in the opener and its parents when the frames have none', () => {
    const opener = frames(2, { API: api12() });
    const start = { ...frames(1), opener } as WindowLike;
    expect(findScormApi(start)?.version).toBe('1.2');
  });

  it('gives up beyond SCORM 1.2’s seven parents, and without an API at all', () => {
    expect(findScormApi(frames(9, { API: api12() }))).toBeNull();
    expect(findScormApi(frames(8, { API: api12() }))?.version).toBe('1.2');
    expect(findScormApi(frames(4))).toBeNull();
    // Something named API that lacks its methods is not it.
    expect(findScormApi(frames(2, { API: apiObject(['LMSInitialize'], () => 'true') }))).toBeNull();
  });

  it('passes a frame of another origin (reading it throws) on to its parent', () => {
    const top = { API_1484_11: api2004(() => 'true') } as Record<string, unknown>;
    top.parent = top;
    const foreign = new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'parent') return top;
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    );
    expect(findScormApi({ parent: foreign } as WindowLike)?.version).toBe('2004');
  });

  it('reports a refused call with the LMS’s error code and words, and a throwing API by its message', () => {
    const refusing = findScormApi(
      frames(1, { API_1484_11: api2004((name) => (name === 'Commit' ? 'false' : 'true'), '391') }),
    );
    expect(refusing?.commit()).toEqual({
      ok: false,
      error: 'the LMS refused Commit (error 391: General Commit Failure)',
    });
    const throwing = findScormApi(
      frames(1, {
        API_1484_11: api2004(() => {
          throw new Error('the LMS is down');
        }),
      }),
    );
    expect(throwing?.initialize()).toEqual({
      ok: false,
      error: "the LMS's SCORM API failed (the LMS is down)",
    });
    expect(throwing?.setValue('cmi.exit', 'suspend').ok).toBe(false);
    // An exception of another frame (not this frame's Error) is read by its message too.
    const foreign = findScormApi(
      frames(1, {
        API_1484_11: api2004(() => {
          throw { name: 'Error', message: 'down in the top frame' };
        }),
      }),
    );
    expect(foreign?.commit()).toEqual({
      ok: false,
      error: "the LMS's SCORM API failed (down in the top frame)",
    });
  });

  it('reads a value, and treats an error code after GetValue as no value', () => {
    const values: Record<string, string> = { 'cmi.suspend_data': 'tmm1:abc' };
    let lastError = '0';
    const raw = api2004((name, args) => {
      if (name !== 'GetValue') return 'true';
      const value = values[String(args[0])];
      lastError = value === undefined ? '403' : '0';
      return value ?? '';
    });
    Object.assign(
      raw,
      apiObject(['GetLastError'], () => lastError),
    );
    const api = findScormApi(frames(1, { API_1484_11: raw }));
    expect(api?.getValue('cmi.suspend_data')).toEqual({ ok: true, value: 'tmm1:abc' });
    expect(api?.getValue('cmi.location').ok).toBe(false);
  });
});
