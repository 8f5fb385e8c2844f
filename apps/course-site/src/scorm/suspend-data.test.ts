import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from '../progress/__fixtures__/attempts';
import { oldDocuments } from '../progress/__fixtures__/documents';
import { emptyProgressDocument, type ProgressDocument } from '../progress/document';
import { importProgress } from '../progress/export-import';
import { completeLesson } from '../progress/lessons';
import { saveQuizSnapshot } from '../progress/snapshots';
import {
  encodeSuspendData,
  fitSuspendData,
  fromZ85,
  readSuspendData,
  SUSPEND_DATA_LIMIT,
  SUSPEND_DATA_PREFIX,
  toZ85,
} from './suspend-data';

const NOW = new Date('2030-05-06T09:00:00.000Z');

/** A learner's record: `count` finished attempts at three quizzes, a lesson, an unfinished quiz. */
function record(count: number): ProgressDocument {
  let document = emptyProgressDocument();
  const attempts = Array.from({ length: count }, (_, index) =>
    quizAttempt(
      `quiz-${index % 3}:${index.toString(36)}:1`,
      new Date(NOW.getTime() - (count - index) * 86_400_000).toISOString(),
      Array.from({ length: 6 }, (_, question) =>
        result(`question-${question}-${index}`, ['denuclearization'], (index + question) % 2),
      ),
      `quiz-${index % 3}`,
    ),
  );
  document = { ...document, attempts };
  document = completeLesson(document, 'the-meeting', NOW);
  return saveQuizSnapshot(
    document,
    'dprk-threat',
    { status: 'active', context: { current: 2 } },
    NOW,
  );
}

/** What reading `text` back and importing it into an empty record gives. */
function readBack(text: string): ProgressDocument {
  const read = readSuspendData(text);
  if (read.kind !== 'progress') throw new Error(`unreadable: ${JSON.stringify(read)}`);
  const imported = importProgress(emptyProgressDocument(), read.exportText);
  if (!imported.ok) throw new Error(imported.message);
  return imported.document;
}

describe('suspend_data', () => {
  it('holds the whole record when it fits, and reads back to the same record', () => {
    const document = record(12);
    const fit = fitSuspendData(document, SUSPEND_DATA_LIMIT['2004'], NOW);
    expect(fit).toMatchObject({ ok: true, attemptsLeftOut: 0 });
    if (!fit.ok) return;
    expect(fit.text.startsWith(SUSPEND_DATA_PREFIX)).toBe(true);
    expect(fit.text).toMatch(/^tmm2:[0-3][0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]+$/);
    expect(readBack(fit.text)).toEqual(document);
  });

  it('over the limit, leaves out the oldest attempts first and never the current state', () => {
    const document = record(120);
    expect(encodeSuspendData(document, NOW).length).toBeGreaterThan(SUSPEND_DATA_LIMIT['1.2']);
    const fit = fitSuspendData(document, SUSPEND_DATA_LIMIT['1.2'], NOW);
    if (!fit.ok) throw new Error('the compacted record fits');
    expect(fit.text.length).toBeLessThanOrEqual(4_096);
    expect(fit.attemptsLeftOut).toBeGreaterThan(0);
    const back = readBack(fit.text);
    // The newest attempts are kept, the oldest left out, in order.
    expect(back.attempts).toEqual(document.attempts.slice(fit.attemptsLeftOut));
    // The latest attempt of each quiz, the lessons, the scheduler's cards and the unfinished quiz.
    for (const quizId of ['quiz-0', 'quiz-1', 'quiz-2'])
      expect(back.attempts.filter((a) => a.kind === 'quiz' && a.quizId === quizId).at(-1)).toEqual(
        document.attempts.filter((a) => a.kind === 'quiz' && a.quizId === quizId).at(-1),
      );
    expect(back.lessons).toEqual(document.lessons);
    expect(back.cards).toEqual(document.cards);
    expect(back.snapshots).toEqual(document.snapshots);
    // Fewest left out: one fewer does not fit.
    const oneFewer = encodeSuspendData(
      { ...document, attempts: document.attempts.slice(fit.attemptsLeftOut - 1) },
      NOW,
    );
    expect(oneFewer.length).toBeGreaterThan(4_096);
  });

  it('is not written at all when even the current state does not fit', () => {
    const big = saveQuizSnapshot(
      record(3),
      'self-assessment',
      {
        context: {
          log: Array.from({ length: 3000 }, (_, n) => ({
            type: `event-${n}-${((n * 2654435761) % 4294967296).toString(36)}`,
          })),
        },
      },
      NOW,
    );
    const fit = fitSuspendData(big, SUSPEND_DATA_LIMIT['1.2'], NOW);
    expect(fit.ok).toBe(false);
    if (!fit.ok) expect(fit).toMatchObject({ limit: 4_096 });
  });

  it('reads back what an older course saved (a version 2 record), through the migrations', () => {
    for (const text of [
      oldDocuments.v2TwoLessonsAndUnfinishedQuiz,
      oldDocuments.v2LessonAndReview,
    ]) {
      const saved = `tmm1:${Buffer.from(deflateSync(strToU8(text))).toString('base64')}`;
      const back = readBack(saved);
      const old = JSON.parse(text) as { attempts: unknown[]; lessons: object };
      expect(back.attempts).toHaveLength(old.attempts.length);
      expect(Object.keys(back.lessons)).toEqual(Object.keys(old.lessons));
    }
  });

  it('says why it cannot read what another course, a newer version or a damaged copy saved', () => {
    expect(readSuspendData('')).toEqual({ kind: 'empty' });
    expect(readSuspendData('viewed=1,2,3|lastviewedslide=3')).toEqual({
      kind: 'unreadable',
      message: 'it was not saved by this course',
    });
    expect(readSuspendData('tmm3:AAAA')).toEqual({
      kind: 'unreadable',
      message: 'it was saved by a newer version of the course (tmm3)',
    });
    for (const saved of [
      'tmm1:bm90IGRlZmxhdGVk',
      'tmm2:AAAA',
      'tmm2:0Hello World',
      'tmm2:3abcde',
    ]) {
      const damaged = readSuspendData(saved);
      expect(damaged.kind, saved).toBe('unreadable');
      if (damaged.kind === 'unreadable') expect(damaged.message).toMatch(/^it is damaged \(/);
    }
  });

  it('writes Z85 as its specification does (RFC 32: 0x864FD26FB559F75B is "HelloWorld")', () => {
    const bytes = Uint8Array.from([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]);
    expect(toZ85(bytes)).toBe('HelloWorld');
    expect([...fromZ85('HelloWorld')]).toEqual([...bytes]);
    const every = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect([...fromZ85(toZ85(every))]).toEqual([...every]);
    expect(() => fromZ85('Hello World')).toThrow(/whole groups|not a Z85 character/);
    expect(() => fromZ85('%%%%%')).toThrow(/larger than 4 bytes/);
  });

  it('still reads the base64 form the course wrote before (tmm1:)', () => {
    const document = record(3);
    const z85 = fitSuspendData(document, SUSPEND_DATA_LIMIT['2004'], NOW);
    if (!z85.ok) throw new Error('the record should fit');
    const read = readSuspendData(z85.text);
    if (read.kind !== 'progress') throw new Error('the record should read');
    const old = `tmm1:${Buffer.from(deflateSync(strToU8(read.exportText))).toString('base64')}`;
    expect(readSuspendData(old)).toEqual(read);
  });
});
