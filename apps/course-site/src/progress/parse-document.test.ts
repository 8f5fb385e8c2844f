import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from './__fixtures__/attempts';
import { CURRENT_PROGRESS_VERSION, emptyProgressDocument } from './document';
import {
  formatPath,
  MAX_PROGRESS_DEPTH,
  parseProgressDocument,
  parseProgressText,
} from './parse-document';

describe('reading progress', () => {
  it('gives back a current document unchanged', () => {
    const document = {
      ...emptyProgressDocument(),
      attempts: [quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['ukraine'], 1)])],
      lessons: { 'lesson-1': { completedAt: '2025-03-01T10:05:00.000Z' } },
    };

    const read = parseProgressText(JSON.stringify(document));

    expect(read).toEqual({ ok: true, document, fromVersion: CURRENT_PROGRESS_VERSION });
  });

  it('calls text that is not JSON unreadable', () => {
    expect(parseProgressText('{"version": 2,')).toMatchObject({
      ok: false,
      reason: 'unreadable',
      path: null,
    });
  });

  it('calls a JSON value that is not an object foreign', () => {
    expect(parseProgressDocument([1, 2])).toMatchObject({ ok: false, reason: 'foreign' });
    expect(parseProgressDocument('progress')).toMatchObject({ ok: false, reason: 'foreign' });
    expect(parseProgressDocument(null)).toMatchObject({ ok: false, reason: 'foreign' });
  });

  it('calls another format foreign', () => {
    const read = parseProgressDocument({ ...emptyProgressDocument(), format: 'other-course' });

    expect(read).toMatchObject({ ok: false, reason: 'foreign', path: 'format' });
  });

  it('calls an object without a version number foreign', () => {
    expect(parseProgressDocument({ theme: 'dark' })).toMatchObject({
      reason: 'foreign',
      path: 'version',
    });
    expect(parseProgressDocument({ version: '2' })).toMatchObject({
      reason: 'foreign',
      path: 'version',
    });
    expect(parseProgressDocument({ version: 0 })).toMatchObject({
      reason: 'foreign',
      path: 'version',
    });
  });

  it('calls a current document without the format tag foreign', () => {
    const { format: _format, ...untagged } = emptyProgressDocument();

    expect(parseProgressDocument(untagged)).toMatchObject({ reason: 'foreign', path: 'format' });
  });

  it('recognises a newer version and says which', () => {
    const read = parseProgressDocument({ ...emptyProgressDocument(), version: 5 });

    expect(read).toMatchObject({ ok: false, reason: 'newer-version', version: 5 });
    expect(read.ok || read.message).toContain('version 5');
  });

  it('names the path of the first problem in a damaged document', () => {
    const document = {
      ...emptyProgressDocument(),
      attempts: [{ ...quizAttempt('a1', '2025-03-01T10:00:00.000Z', []), finishedAt: 'yesterday' }],
    };

    expect(parseProgressDocument(document)).toMatchObject({
      ok: false,
      reason: 'invalid',
      path: 'attempts[0].finishedAt',
      version: 4,
    });
  });
});

describe('deeply nested progress', () => {
  it('is invalid, located, and never overflows the stack however deep', () => {
    for (const depth of [100, 5_000, 200_000]) {
      const text = `{"format":"tmm-course-progress","version":3,"attempts":[],"lessons":{},"cards":{},"reviewLogs":[],"snapshots":{"the-meeting":{"savedAt":"2025-03-01T10:00:00.000Z","snapshot":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}}`;

      const read = parseProgressText(text);

      expect(read).toMatchObject({
        ok: false,
        reason: 'invalid',
        message: `nested more than ${MAX_PROGRESS_DEPTH} levels deep`,
      });
      expect(read.ok || read.path).toMatch(/^snapshots\["the-meeting"\]\.snapshot(\.a)+$/);
    }
  });

  it('reads a document just within the limit', () => {
    const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });
    const document = {
      ...emptyProgressDocument(),
      snapshots: {
        q: { savedAt: '2025-03-01T10:00:00.000Z', snapshot: nested(MAX_PROGRESS_DEPTH - 3) },
      },
    };

    expect(parseProgressDocument(document)).toMatchObject({ ok: true });
  });
});

describe('formatPath', () => {
  it('writes paths the way JavaScript addresses them', () => {
    expect(formatPath(['attempts', 0, 'questions', 2, 'earned'])).toBe(
      'attempts[0].questions[2].earned',
    );
    expect(formatPath(['cards', 'free-open-indo-pacific', 'due'])).toBe(
      'cards["free-open-indo-pacific"].due',
    );
    expect(formatPath([])).toBeNull();
  });
});
