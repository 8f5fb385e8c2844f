import { readFileSync } from 'node:fs';
import { createQuizMachine, type QuizEvent, restoreQuizSnapshot } from '@tmm/quiz-engine';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { emptyProgressDocument } from '../../apps/course-site/src/progress/document';
import {
  createProgressStore,
  type ProgressNotice,
  type StorageLike,
} from '../../apps/course-site/src/progress/storage';
import { courseQuiz } from '../support/course-quizzes';

// Hostile and damaged progress in the browser's storage, one row each: what the learner is told
// (the notice), what is kept (the document the course then shows), what is backed up, and that
// nothing stored is lost (either read, left in place, or copied to a backup byte for byte).

const KEY = 'tmm-course-progress';
const NOW = new Date('2026-01-15T12:00:00.000Z');
const BACKUP = `${KEY}.backup.${NOW.toISOString()}`;
const fixture = (name: string) =>
  readFileSync(
    new URL(`../../apps/course-site/src/progress/__fixtures__/documents/${name}`, import.meta.url),
    'utf8',
  );

/** A current (version 4) document with `parts` in place of its own. */
const v4 = (parts: Record<string, unknown>) =>
  JSON.stringify({ ...emptyProgressDocument(), ...parts });
const attempt = {
  kind: 'quiz',
  attemptId: 'the-meeting:1:1',
  quizId: 'the-meeting',
  finishedAt: '2025-03-01T10:00:00.000Z',
  questions: [],
};
const answerOn = (keyPointIds: string[]) => ({
  questionId: 'q',
  keyPointIds,
  ...(keyPointIds[0] === undefined ? {} : { mainKeyPointId: keyPointIds[0] }),
  earned: 1,
  total: 1,
  correct: true,
  tries: 1,
  hints: 0,
});
const summaryEntry = {
  quizId: 'the-meeting',
  questionId: 'q',
  answers: 1,
  weightedCredit: 1,
  weight: 1,
  lastAnsweredAt: '2025-01-01T10:00:00.000Z',
  firstCorrectAt: '2025-01-01T10:00:00.000Z',
  lastCorrectReviewAt: null,
  rated: 0,
  sure: 0,
  sureAndWrong: 0,
};
const summaryOf = (attemptIds: string[]) => ({
  through: { finishedAt: '2025-03-01T10:00:00.000Z', attemptId: attemptIds[0] ?? 'old' },
  attempts: attemptIds.length,
  totalAnswers: attemptIds.length,
  attemptIds,
  keyPoints: {},
});
/**
 * A real saved attempt at the meeting's quiz (started, on its second question), with its log as the
 * machine kept it before the log was bounded: 10,000 moves back and forth after that answer.
 */
function unboundedAttempt() {
  const quiz = courseQuiz('the-meeting').quiz;
  const actor = createActor(createQuizMachine(quiz), { input: { seed: 11 } }).start();
  actor.send({ type: 'quiz.start' });
  actor.send({ type: 'answer.submit' });
  actor.send({ type: 'question.next' });
  const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
  const moves: QuizEvent[] = [];
  for (let i = 0; i < 5_000; i++)
    moves.push({ type: 'question.previous' }, { type: 'question.next' });
  persisted.context.log = [...persisted.context.log, ...moves];
  return persisted;
}
const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** What happens to the stored text. */
type Kept =
  | {
      readonly read: true;
      readonly check?: (store: ReturnType<typeof createProgressStore>) => void;
      /** Read with a record left out: the notice says where, and the text is backed up. */
      readonly leftOut?: RegExp;
    }
  | {
      readonly read: false;
      readonly backedUp: boolean;
      readonly reason: string;
      readonly message: RegExp;
    };

interface StoredCase {
  readonly name: string;
  readonly raw: string;
  readonly kept: Kept;
}

const setAside = (reason: string, message: RegExp): Kept => ({
  read: false,
  backedUp: true,
  reason,
  message,
});

const cases: StoredCase[] = [
  { name: 'not JSON', raw: '{broken', kept: setAside('unreadable', /not valid JSON/) },
  { name: 'an empty string', raw: '', kept: setAside('unreadable', /not valid JSON/) },
  {
    name: 'a byte order mark before the JSON',
    raw: `\uFEFF${v4({})}`,
    kept: setAside('unreadable', /not valid JSON/),
  },
  { name: 'JSON null', raw: 'null', kept: setAside('foreign', /expected a JSON object/) },
  { name: 'a JSON list', raw: '[]', kept: setAside('foreign', /expected a JSON object/) },
  { name: 'a JSON string', raw: '"progress"', kept: setAside('foreign', /expected a JSON object/) },
  { name: 'a JSON number', raw: '42', kept: setAside('foreign', /expected a JSON object/) },
  {
    name: 'another format',
    raw: '{"format":"other","version":3}',
    kept: setAside('foreign', /format is "other"/),
  },
  {
    name: 'no version',
    raw: '{"format":"tmm-course-progress"}',
    kept: setAside('foreign', /no progress version number/),
  },
  {
    name: 'version 0',
    raw: '{"format":"tmm-course-progress","version":0}',
    kept: setAside('foreign', /no progress version number/),
  },
  {
    name: 'a fractional version',
    raw: '{"format":"tmm-course-progress","version":2.5}',
    kept: setAside('foreign', /no progress version number/),
  },
  {
    name: 'a version given as text',
    raw: '{"format":"tmm-course-progress","version":"3"}',
    kept: setAside('foreign', /no progress version number/),
  },
  {
    name: 'version 2 without its format tag',
    raw: '{"version":2,"attempts":[]}',
    kept: setAside('foreign', /missing "format"/),
  },
  {
    name: 'a newer version (an old tab left open)',
    raw: '{"format":"tmm-course-progress","version":99,"streaks":[1]}',
    kept: {
      read: false,
      backedUp: false,
      reason: 'newer-version',
      message: /saved by a newer version of the course/,
    },
  },
  {
    name: 'attempts that are not a list',
    raw: v4({ attempts: 'none' }),
    kept: setAside('invalid', /at attempts\)/),
  },
  {
    name: 'a finish time that is not a time',
    raw: v4({ attempts: [{ ...attempt, finishedAt: 'Tuesday' }] }),
    kept: setAside('invalid', /at attempts\[0\]\.finishedAt/),
  },
  {
    name: 'an attempt of an unknown kind',
    raw: v4({ attempts: [{ ...attempt, kind: 'exam' }] }),
    kept: setAside('invalid', /at attempts\[0\]/),
  },
  {
    name: 'two attempts with one id',
    raw: v4({ attempts: [attempt, attempt] }),
    kept: setAside('invalid', /attempts/),
  },
  {
    name: 'a score given as text',
    raw: v4({
      attempts: [
        {
          ...attempt,
          questions: [
            {
              questionId: 'q',
              keyPointIds: [],
              earned: '1',
              total: 1,
              correct: true,
              tries: 1,
              hints: 0,
            },
          ],
        },
      ],
    }),
    kept: setAside('invalid', /at attempts\[0\]\.questions\[0\]\.earned/),
  },
  {
    name: 'an infinite score (1e999)',
    raw: v4({ attempts: [{ ...attempt, questions: [] }] }).replace(
      '"questions":[]',
      '"questions":[{"questionId":"q","keyPointIds":[],"earned":1e999,"total":1,"correct":true,"tries":1,"hints":0}]',
    ),
    kept: setAside('invalid', /earned/),
  },
  {
    name: 'an empty lesson id',
    raw: v4({ lessons: { '': { completedAt: '2025-03-01T10:00:00.000Z' } } }),
    kept: setAside('invalid', /lessons/),
  },
  {
    name: 'a lesson completed on no date',
    raw: v4({ lessons: { 'the-meeting': { completedAt: 'soon' } } }),
    kept: setAside('invalid', /at lessons\["the-meeting"\]\.completedAt/),
  },
  {
    name: 'a snapshot nested 100 levels deep',
    raw: v4({}).replace(
      '"snapshots":{}',
      `"snapshots":{"the-meeting":{"savedAt":"2025-03-01T10:00:00.000Z","snapshot":${nestedObjects(100)}}}`,
    ),
    kept: setAside('invalid', /nested more than 64 levels deep/),
  },
  {
    name: 'a snapshot nested 5,000 levels deep',
    raw: v4({}).replace(
      '"snapshots":{}',
      `"snapshots":{"the-meeting":{"savedAt":"2025-03-01T10:00:00.000Z","snapshot":${nestedArrays(5_000)}}}`,
    ),
    kept: setAside('invalid', /nested more than 64 levels deep/),
  },
  {
    name: 'attempts nested 200,000 levels deep',
    raw: v4({}).replace('"attempts":[]', `"attempts":${nestedArrays(200_000)}`),
    kept: setAside('invalid', /nested more than 64 levels deep/),
  },
  {
    name: 'a lesson named constructor',
    raw: v4({ lessons: { constructor: { completedAt: '2025-03-01T10:00:00.000Z' } } }),
    kept: {
      read: true,
      check: (store) => expect(Object.keys(store.getSnapshot().lessons)).toEqual(['constructor']),
    },
  },
  {
    name: 'a lesson named __proto__ (left out, said, backed up; the other lesson kept)',
    raw: '{"format":"tmm-course-progress","version":3,"attempts":[],"lessons":{"__proto__":{"completedAt":"2025-03-01T10:00:00.000Z"},"the-meeting":{"completedAt":"2025-03-01T10:00:00.000Z"}},"cards":{},"reviewLogs":[],"snapshots":{}}',
    kept: {
      read: true,
      leftOut: /record named "__proto__" \(at lessons\.__proto__\)/,
      check: (store) => {
        expect(({} as Record<string, unknown>).completedAt).toBeUndefined();
        expect(Object.keys(store.getSnapshot().lessons)).toEqual(['the-meeting']);
      },
    },
  },
  {
    name: 'a card named __proto__ (left out, said, backed up)',
    raw: '{"format":"tmm-course-progress","version":3,"attempts":[],"lessons":{},"cards":{"__proto__":{"due":"2025-03-02T10:00:00.000Z"}},"reviewLogs":[],"snapshots":{}}',
    kept: {
      read: true,
      leftOut: /\(at cards\.__proto__\)/,
      check: (store) => expect(store.getSnapshot().cards).toEqual({}),
    },
  },
  {
    name: 'a __proto__ key inside a saved quiz snapshot (left out, said, backed up)',
    raw: '{"format":"tmm-course-progress","version":3,"attempts":[],"lessons":{},"cards":{},"reviewLogs":[],"snapshots":{"the-meeting":{"savedAt":"2025-03-01T10:00:00.000Z","snapshot":{"value":"intro","context":{"__proto__":{"polluted":true}}}}}}',
    kept: {
      read: true,
      leftOut: /\(at snapshots\["the-meeting"\]\.snapshot\.context\.__proto__\)/,
      check: (store) => {
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(store.getSnapshot().snapshots['the-meeting']?.snapshot).toEqual({
          value: 'intro',
          context: {},
        });
      },
    },
  },
  {
    name: 'a version 1 document (real, stored by an earlier site)',
    raw: fixture('v1-best-scores.json'),
    kept: {
      read: true,
      check: (store) =>
        expect(store.getSnapshot().attempts.every((a) => a.kind === 'legacy')).toBe(true),
    },
  },
  {
    name: 'a version 2 document with a review session (real)',
    raw: fixture('v2-lesson-and-review.json'),
    kept: {
      read: true,
      check: (store) =>
        expect(store.getSnapshot().attempts.some((a) => a.kind === 'review')).toBe(true),
    },
  },
  {
    name: 'a version 2 document with an unfinished quiz (real)',
    raw: fixture('v2-two-lessons-and-unfinished-quiz.json'),
    kept: {
      read: true,
      check: (store) => expect(Object.keys(store.getSnapshot().snapshots).length).toBe(1),
    },
  },
  // Version 4: each answer's main key point, lessons opened, the summary of older attempts.
  {
    name: 'an answer on a key point that names no main one',
    raw: v4({
      attempts: [
        {
          ...attempt,
          questions: [{ ...answerOn(['denuclearization']), mainKeyPointId: undefined }],
        },
      ],
    }),
    kept: setAside(
      'invalid',
      /\(an answer on key points must name the main one.* at attempts\[0\]\.questions\[0\]\.mainKeyPointId\)/,
    ),
  },
  {
    name: 'a main key point the answer is not on',
    raw: v4({
      attempts: [
        {
          ...attempt,
          questions: [{ ...answerOn(['denuclearization']), mainKeyPointId: 'ukraine' }],
        },
      ],
    }),
    kept: setAside('invalid', /mainKeyPointId "ukraine" is not one of the answer's keyPointIds/),
  },
  {
    name: 'an attempt both summarized and kept in full (it would count twice)',
    raw: v4({
      attempts: [attempt],
      summary: { ...summaryOf([attempt.attemptId]) },
    }),
    kept: setAside('invalid', /already in the summary at attempts\[0\]\.attemptId/),
  },
  {
    name: 'a summary with a negative count',
    raw: v4({ summary: { ...summaryOf([]), totalAnswers: -1 } }),
    kept: setAside('invalid', /at summary\.totalAnswers/),
  },
  {
    name: 'a summarized weight given as text',
    raw: v4({
      summary: {
        ...summaryOf(['old']),
        keyPoints: { denuclearization: [{ ...summaryEntry, weight: 'heavy' }] },
      },
    }),
    kept: setAside('invalid', /at summary\.keyPoints\.denuclearization\[0\]\.weight/),
  },
  {
    name: 'no summary (a version 4 document cut short)',
    raw: v4({ summary: undefined }),
    kept: setAside('invalid', /at summary/),
  },
  {
    name: 'a lesson opened on no date',
    raw: v4({ lessonsOpened: { 'the-meeting': { openedAt: 'today' } } }),
    kept: setAside('invalid', /at lessonsOpened\["the-meeting"\]\.openedAt/),
  },
  {
    name: 'a lesson opened named __proto__ (left out, said, backed up)',
    raw: v4({}).replace(
      '"lessonsOpened":{}',
      '"lessonsOpened":{"__proto__":{"openedAt":"2025-03-01T10:00:00.000Z"}}',
    ),
    kept: {
      read: true,
      leftOut: /record named "__proto__" \(at lessonsOpened\.__proto__\)/,
      check: (store) => {
        expect(({} as Record<string, unknown>).openedAt).toBeUndefined();
        expect(store.getSnapshot().lessonsOpened).toEqual({});
      },
    },
  },
  {
    name: 'a summary under a key point named constructor (a plain id)',
    raw: v4({
      summary: {
        ...summaryOf(['old']),
        keyPoints: { constructor: [summaryEntry] },
      },
    }),
    kept: {
      read: true,
      check: (store) =>
        expect(Object.keys(store.getSnapshot().summary.keyPoints)).toEqual(['constructor']),
    },
  },
  {
    name: 'a version 3 document (read, and its completed lesson counted as opened)',
    raw: JSON.stringify({
      format: 'tmm-course-progress',
      version: 3,
      attempts: [{ ...attempt, questions: [answerOn(['denuclearization', 'ukraine'])] }],
      lessons: { 'the-meeting': { completedAt: '2025-03-01T10:00:00.000Z' } },
      cards: {},
      reviewLogs: [],
      snapshots: {},
    }),
    kept: {
      read: true,
      check: (store) => {
        const document = store.getSnapshot();
        expect(document.lessonsOpened).toEqual({
          'the-meeting': { openedAt: '2025-03-01T10:00:00.000Z' },
        });
        const [first] = document.attempts;
        expect(first?.kind === 'quiz' && first.questions[0]?.mainKeyPointId).toBe(
          'denuclearization',
        );
      },
    },
  },
  {
    name: 'a version 3 document with a question record that has a main key point already',
    raw: JSON.stringify({
      format: 'tmm-course-progress',
      version: 3,
      attempts: [
        {
          ...attempt,
          questions: [{ ...answerOn(['denuclearization']), mainKeyPointId: 'denuclearization' }],
        },
      ],
      lessons: {},
      cards: {},
      reviewLogs: [],
      snapshots: {},
    }),
    // Version 3 had no such field: its schema drops it, and the migration sets it again.
    kept: {
      read: true,
      check: (store) => {
        const [first] = store.getSnapshot().attempts;
        expect(first?.kind === 'quiz' && first.questions[0]?.mainKeyPointId).toBe(
          'denuclearization',
        );
      },
    },
  },
  {
    name: 'a version 3 document with three lessons and a review (real)',
    raw: fixture('v3-three-lessons-and-review.json'),
    kept: {
      read: true,
      check: (store) => {
        const document = store.getSnapshot();
        expect(document.version).toBe(4);
        expect(Object.keys(document.lessonsOpened)).toEqual(Object.keys(document.lessons));
        expect(
          document.attempts.every(
            (a) =>
              a.kind === 'legacy' ||
              a.questions.every((q) => q.mainKeyPointId === q.keyPointIds[0]),
          ),
        ).toBe(true);
      },
    },
  },
  {
    name: 'a snapshot whose log holds 10,000 moves (stored before the bound; resumed as it was, bounded from then on)',
    raw: v4({
      snapshots: {
        'the-meeting': { savedAt: '2025-03-01T10:00:00.000Z', snapshot: unboundedAttempt() },
      },
    }),
    kept: {
      read: true,
      check: (store) => {
        const quiz = courseQuiz('the-meeting').quiz;
        const saved = store.getSnapshot().snapshots['the-meeting']?.snapshot as {
          value: unknown;
          context: { current: number; log: unknown[] };
        };
        expect(saved.context.log.length).toBeGreaterThan(10_000);
        const restored = restoreQuizSnapshot(quiz, saved);
        expect(restored.outcome).toBe('resumed');
        const actor = createActor(createQuizMachine(quiz), {
          snapshot: restored.snapshot,
          input: {},
        }).start();
        expect(actor.getSnapshot().value).toEqual(saved.value);
        expect(actor.getSnapshot().context.current).toBe(saved.context.current);
        for (let i = 0; i < 1_000; i++)
          actor.send({ type: i % 2 === 0 ? 'question.previous' : 'question.next' });
        expect(actor.getSnapshot().context.log.length).toBeLessThanOrEqual(
          saved.context.log.length + 2,
        );
      },
    },
  },
  {
    name: 'a snapshot whose score parts are not a list (the quiz starts afresh)',
    raw: v4({
      snapshots: {
        'the-meeting': {
          savedAt: '2025-03-01T10:00:00.000Z',
          snapshot: {
            value: { practice: 'feedback' },
            context: {
              format: 1,
              quizId: 'the-meeting',
              version: courseQuiz('the-meeting').quiz.version,
              seed: 1,
              attempt: 1,
              current: 0,
              finished: false,
              order: ['x'],
              log: [],
              choiceOrder: {},
              questions: {
                x: {
                  pending: false,
                  closed: false,
                  hash: 'h',
                  hintsUsed: 0,
                  tries: [0],
                  score: { type: 'points', earned: 0, total: 1, correct: false, parts: 'all' },
                },
              },
            },
          },
        },
      },
    }),
    kept: {
      read: true,
      check: (store) => {
        const saved = store.getSnapshot().snapshots['the-meeting']?.snapshot;
        expect(restoreQuizSnapshot(courseQuiz('the-meeting').quiz, saved).outcome).toBe(
          'discarded',
        );
      },
    },
  },
];

class Storage implements StorageLike {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('hostile stored progress', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name', ({ raw, kept }) => {
    const storage = new Storage();
    storage.items.set(KEY, raw);
    const notices: ProgressNotice[] = [];

    const store = createProgressStore({
      storage,
      events: null,
      now: () => NOW,
      onNotice: (n) => notices.push(n),
    });

    if (kept.read) {
      if (kept.leftOut) {
        // Said once, located; the text as it was is backed up byte for byte, and what was read
        // is stored, so the notice is not made again.
        expect(notices).toHaveLength(1);
        expect(notices[0]).toMatchObject({ kind: 'recovered', backupKey: BACKUP, raw });
        expect(notices[0]?.message).toMatch(kept.leftOut);
        expect(storage.items.get(BACKUP)).toBe(raw);
        expect(JSON.parse(storage.items.get(KEY) ?? 'null')).toEqual(store.getSnapshot());
        const again: ProgressNotice[] = [];
        createProgressStore({
          storage,
          events: null,
          now: () => NOW,
          onNotice: (n) => again.push(n),
        });
        expect(again).toEqual([]);
      } else {
        expect(notices).toEqual([]);
      }
      kept.check?.(store);
      return;
    }
    const [notice] = notices;
    expect(notice).toMatchObject({ kind: 'recovered', reason: kept.reason, raw });
    expect(notice?.message).toMatch(kept.message);
    if (kept.backedUp) {
      // Set aside byte for byte; the course starts a fresh record.
      expect(notice).toMatchObject({ backupKey: BACKUP });
      expect(storage.items.get(BACKUP)).toBe(raw);
      expect(store.getSnapshot()).toEqual(emptyProgressDocument());
      expect(JSON.parse(storage.items.get(KEY) ?? 'null')).toEqual(emptyProgressDocument());
    } else {
      // Left where it is, never overwritten, nothing backed up.
      expect(store.listBackups()).toEqual([]);
      store.update((document) => ({
        ...document,
        lessons: { x: { completedAt: NOW.toISOString() } },
      }));
      expect(storage.items.get(KEY)).toBe(raw);
    }
  });
});
