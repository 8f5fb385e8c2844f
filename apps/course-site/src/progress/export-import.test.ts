import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from './__fixtures__/attempts';
import { emptyProgressDocument, type ProgressDocument } from './document';
import { exportProgress, importProgress, progressExportFileName } from './export-import';
import { completeLesson } from './lessons';
import { recordAttempt } from './record-attempt';

const exportedAt = new Date('2025-03-10T18:30:00.000Z');
const a1 = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['ukraine'], 1)]);
const a2 = quizAttempt('a2', '2025-03-02T10:00:00.000Z', [result('q2', ['rule-of-law'], 0)]);

function progress(...attempts: ProgressDocument['attempts']): ProgressDocument {
  return attempts.reduce(recordAttempt, emptyProgressDocument());
}

describe('exporting progress', () => {
  it('writes the document as JSON with its format tag, version and the time of export', () => {
    const text = exportProgress(progress(a1), exportedAt);

    expect(JSON.parse(text)).toMatchObject({
      format: 'tmm-course-progress',
      version: 4,
      exportedAt: '2025-03-10T18:30:00.000Z',
      attempts: [a1],
    });
  });

  it('names the file by the day of export', () => {
    expect(progressExportFileName(exportedAt)).toBe('tmm-course-progress-2025-03-10.json');
  });
});

describe('importing progress', () => {
  it('brings an export into an empty browser whole', () => {
    const exported = completeLesson(
      progress(a1, a2),
      'the-meeting',
      new Date('2025-03-02T11:00:00.000Z'),
    );

    const imported = importProgress(emptyProgressDocument(), exportProgress(exported, exportedAt));

    expect(imported).toEqual({
      ok: true,
      document: exported,
      added: { attempts: 2, lessons: 1, cards: 2, reviewLogs: 2 },
      leftOut: null,
    });
  });

  it('merges into the progress already here without losing any of it', () => {
    const here = progress(a2);

    const imported = importProgress(here, exportProgress(progress(a1), exportedAt));

    expect(imported.ok && imported.document.attempts.map((attempt) => attempt.attemptId)).toEqual([
      'a1',
      'a2',
    ]);
    expect(imported.ok && imported.added).toEqual({
      attempts: 1,
      lessons: 0,
      cards: 1,
      reviewLogs: 1,
    });
  });

  it('adds nothing when the same file is imported twice', () => {
    const file = exportProgress(progress(a1), exportedAt);
    const once = importProgress(emptyProgressDocument(), file);

    const twice = once.ok ? importProgress(once.document, file) : once;

    expect(twice.ok && twice.added).toEqual({ attempts: 0, lessons: 0, cards: 0, reviewLogs: 0 });
  });

  it('migrates an export from an older version', () => {
    const v1 = JSON.stringify({
      version: 1,
      quizzes: { 'lesson-1-quiz': { bestScore: 0.75, completedAt: '2024-11-02T08:00:00.000Z' } },
    });

    const imported = importProgress(progress(a1), v1);

    expect(imported.ok && imported.document.attempts.map((attempt) => attempt.attemptId)).toEqual([
      'v1:lesson-1-quiz',
      'a1',
    ]);
  });

  it('says a file that is not JSON is not a progress export', () => {
    const imported = importProgress(emptyProgressDocument(), 'Week 3 notes: extended deterrence');

    expect(imported.ok).toBe(false);
    expect(imported.ok || imported.message).toMatch(
      /^This file is not a progress export: it is not valid JSON \(.+\)\. Nothing was imported\.$/,
    );
  });

  it('says a JSON file from elsewhere is not this course’s', () => {
    const imported = importProgress(
      emptyProgressDocument(),
      JSON.stringify({ format: 'flashcards', version: 2 }),
    );

    expect(imported).toEqual({
      ok: false,
      message:
        'This file is not a progress export from this course (format is "flashcards", not "tmm-course-progress"). Nothing was imported.',
      path: 'format',
    });
  });

  it('says a file from a newer version of the course must wait for the site to update', () => {
    const imported = importProgress(
      emptyProgressDocument(),
      JSON.stringify({ ...emptyProgressDocument(), version: 5 }),
    );

    expect(imported.ok || imported.message).toBe(
      'This file was written by a newer version of the course (progress version 5; this site reads up to 4). Keep it and import it once the site is updated. Nothing was imported.',
    );
  });

  it('names the place where a damaged file goes wrong', () => {
    const damaged = JSON.parse(exportProgress(progress(a1), exportedAt));
    damaged.attempts[0].questions[0].tries = -1;

    const imported = importProgress(emptyProgressDocument(), JSON.stringify(damaged));

    expect(imported).toMatchObject({ ok: false, path: 'attempts[0].questions[0].tries' });
    expect(imported.ok || imported.message).toMatch(
      /^This progress file is damaged at attempts\[0\]\.questions\[0\]\.tries: .+\. Nothing was imported\.$/,
    );
  });

  it('says why a file nested thousands of levels deep cannot be imported, without throwing', () => {
    const deep = `{"format":"tmm-course-progress","version":3,"snapshots":{"q":{"savedAt":"2025-03-01T10:00:00.000Z","snapshot":${'['.repeat(2000)}${']'.repeat(2000)}}}}`;

    const imported = importProgress(progress(a1), deep);

    expect(imported.ok).toBe(false);
    expect(imported.ok || imported.message).toMatch(
      /^This progress file is damaged at snapshots\.q\.snapshot(\[0\])+: nested more than 64 levels deep\. Nothing was imported\.$/,
    );
  });

  it('imports lessons and key points named like built-in properties', () => {
    const file = exportProgress(
      recordAttempt(
        completeLesson(emptyProgressDocument(), 'constructor', new Date('2025-03-01')),
        quizAttempt('c1', '2025-03-02T10:00:00.000Z', [result('q1', ['constructor'], 1)]),
      ),
      exportedAt,
    );

    const imported = importProgress(progress(a1), file);

    expect(imported).toMatchObject({ ok: true, added: { attempts: 1, lessons: 1, cards: 1 } });
    expect(imported.ok && Object.keys(imported.document.lessons)).toEqual(['constructor']);
    expect(imported.ok && Object.keys(imported.document.cards).sort()).toEqual([
      'constructor',
      'ukraine',
    ]);
  });
});
