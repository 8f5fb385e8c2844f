import { describe, expect, it } from 'vitest';
import {
  emptyProgressDocument,
  type ProgressDocument,
} from '../../apps/course-site/src/progress/document';
import { exportProgress, importProgress } from '../../apps/course-site/src/progress/export-import';
import { completeLesson } from '../../apps/course-site/src/progress/lessons';
import { recordAttempt } from '../../apps/course-site/src/progress/record-attempt';

// Hostile and damaged files given to "Import a progress file", one row each: what the learner is
// told, and that the progress already here is never lost (a refused file changes nothing; an
// accepted one only adds).

const here: ProgressDocument = completeLesson(
  recordAttempt(emptyProgressDocument(), {
    kind: 'quiz',
    attemptId: 'the-meeting:1:1',
    quizId: 'the-meeting',
    finishedAt: '2025-03-01T10:00:00.000Z',
    questions: [
      {
        questionId: 'q1',
        keyPointIds: ['denuclearization'],
        mainKeyPointId: 'denuclearization',
        earned: 1,
        total: 1,
        correct: true,
        tries: 1,
        hints: 0,
      },
    ],
  }),
  'the-meeting',
  new Date('2025-03-01T10:00:00.000Z'),
);
const file = (parts: Record<string, unknown>) =>
  JSON.stringify({ ...emptyProgressDocument(), ...parts });
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

interface ImportCase {
  readonly name: string;
  /** The file (made when its row runs, so that one row's failure is that row's alone). */
  readonly text: string | (() => string);
  /** What the learner is told when the file is refused; absent when it is imported. */
  readonly refused?: RegExp;
  /** What an accepted import adds. */
  readonly adds?: { attempts?: number; lessons?: number; cards?: number };
  /** Where an accepted import left a record out, as the import says. */
  readonly leftOut?: string;
}

const NOTHING = /Nothing was imported\.$/;
const cases: ImportCase[] = [
  {
    name: 'an empty file',
    text: '',
    refused: /^This file is not a progress export: it is not valid JSON/,
  },
  {
    name: 'a text file',
    text: 'my notes',
    refused: /^This file is not a progress export: it is not valid JSON/,
  },
  { name: 'truncated JSON', text: file({}).slice(0, 40), refused: /not valid JSON/ },
  {
    name: 'a JSON list',
    text: '[1,2]',
    refused: /not a progress export from this course \(expected a JSON object\)/,
  },
  { name: 'JSON null', text: 'null', refused: /expected a JSON object/ },
  {
    name: 'another application’s export',
    text: '{"format":"anki","version":3}',
    refused: /format is "anki"/,
  },
  {
    name: 'a file from a newer version',
    text: '{"format":"tmm-course-progress","version":7}',
    refused:
      /newer version of the course \(progress version 7; this site reads up to 4\)\. Keep it/,
  },
  {
    name: 'attempts that are not a list',
    text: file({ attempts: 'none' }),
    refused: /damaged at attempts: /,
  },
  {
    name: 'a finish time that is not a time',
    text: file({
      attempts: [{ kind: 'quiz', attemptId: 'a', quizId: 'q', finishedAt: 'later', questions: [] }],
    }),
    refused: /damaged at attempts\[0\]\.finishedAt/,
  },
  {
    name: 'attempts nested 2,000 levels deep',
    text: file({}).replace('"attempts":[]', `"attempts":${nested(2_000)}`),
    refused: /damaged at attempts(\[0\])+: nested more than 64 levels deep\./,
  },
  {
    name: 'a snapshot nested 100,000 levels deep',
    text: file({}).replace(
      '"snapshots":{}',
      `"snapshots":{"q":{"savedAt":"2025-03-01T10:00:00.000Z","snapshot":${nested(100_000)}}}`,
    ),
    refused: /nested more than 64 levels deep/,
  },
  {
    name: 'a lesson named constructor',
    text: file({ lessons: { constructor: { completedAt: '2025-03-02T10:00:00.000Z' } } }),
    adds: { lessons: 1 },
  },
  {
    name: 'a lesson named toString',
    text: file({ lessons: { toString: { completedAt: '2025-03-02T10:00:00.000Z' } } }),
    adds: { lessons: 1 },
  },
  {
    name: 'a key point card named constructor',
    text: () =>
      exportProgress(
        recordAttempt(emptyProgressDocument(), {
          kind: 'quiz',
          attemptId: 'x:1:1',
          quizId: 'x',
          finishedAt: '2025-03-02T10:00:00.000Z',
          questions: [
            {
              questionId: 'q',
              keyPointIds: ['constructor'],
              mainKeyPointId: 'constructor',
              earned: 1,
              total: 1,
              correct: true,
              tries: 1,
              hints: 0,
            },
          ],
        }),
        new Date(),
      ),
    adds: { attempts: 1, cards: 1 },
  },
  { name: 'the same progress again', text: exportProgress(here, new Date()), adds: {} },
  {
    name: 'another result of an attempt already here (a second tab or browser)',
    text: exportProgress(
      {
        ...here,
        attempts: here.attempts.map((a) => ({ ...a, finishedAt: '2025-03-01T10:07:00.000Z' })),
      },
      new Date(),
    ),
    adds: { attempts: 1 },
  },
  {
    name: 'a version 1 file',
    text: '{"version":1,"quizzes":{"the-meeting":{"bestScore":0.5,"completedAt":"2024-01-01T00:00:00.000Z"}}}',
    adds: { attempts: 1 },
  },
  {
    name: 'a prototype-polluting key (left out and said so, nothing polluted)',
    text: '{"format":"tmm-course-progress","version":3,"attempts":[],"lessons":{"__proto__":{"polluted":true}},"cards":{},"reviewLogs":[],"snapshots":{}}',
    adds: {},
    leftOut: 'lessons.__proto__',
  },
  {
    name: 'HTML in an id',
    text: file({
      lessons: { '<img src=x onerror=alert(1)>': { completedAt: '2025-03-02T10:00:00.000Z' } },
    }),
    adds: { lessons: 1 },
  },
  {
    name: 'a malformed quiz snapshot (kept; the quiz starts afresh from it)',
    text: file({
      snapshots: {
        'the-meeting': {
          savedAt: '2025-03-02T10:00:00.000Z',
          snapshot: { context: { choiceOrder: 'x' } },
        },
      },
    }),
    adds: {},
  },
];

describe('hostile imports', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$name', ({ text, refused, adds, leftOut }) => {
    const before = structuredClone(here);

    const result = importProgress(here, typeof text === 'string' ? text : text());

    // The progress here is never changed in place.
    expect(here).toEqual(before);
    if (refused) {
      expect(result.ok).toBe(false);
      expect(result.ok || result.message).toMatch(refused);
      expect(result.ok || result.message).toMatch(NOTHING);
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.added).toMatchObject({
      attempts: adds?.attempts ?? 0,
      lessons: adds?.lessons ?? 0,
      cards: adds?.cards ?? 0,
    });
    // Nothing that was here is lost.
    for (const attempt of here.attempts) expect(result.document.attempts).toContainEqual(attempt);
    for (const lesson of Object.keys(here.lessons))
      expect(Object.hasOwn(result.document.lessons, lesson)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.leftOut).toBe(leftOut ?? null);
  });
});
