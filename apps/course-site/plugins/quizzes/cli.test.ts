import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckSummary } from './check-quiz-files';
import { summaryLine } from './summary-line';

const siteDir = join(import.meta.dirname, '..', '..');
const root = join(siteDir, '..', '..');
const cli = join(import.meta.dirname, 'cli.ts');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

interface Run {
  readonly code: number;
  readonly lines: readonly string[];
  readonly stderr: string;
}

/** Runs the checker as `npm run check:quizzes` does, in `cwd`. */
function runChecker(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    // Without INIT_CWD, which npm would set to where its command was typed.
    const { INIT_CWD: _, ...env } = process.env;
    execFile(tsx, [cli, ...args], { cwd, env }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      resolve({ code, lines: stdout.trimEnd().split('\n'), stderr });
    });
  });
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tmm-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The checker runs in a child process: a generous ceiling for a busy machine, never asserted.
describe('npm run check:quizzes', { timeout: 120_000 }, () => {
  it('passes on the course, with every key point tested and every sentence cited', async () => {
    const run = await runChecker([], root);

    expect(run.code).toBe(0);
    expect(run.lines.filter((line) => line.includes(': error: '))).toEqual([]);
    expect(
      run.lines.filter((line) => line.includes('is cited as evidence by no question')),
    ).toEqual([]);
    expect(run.lines.at(-1)).toMatch(
      /^Checked \d+ quizzes \(\d+ questions\); key points tested by course quizzes: 12 of 12; 26 of 26 sentences cited as evidence; 0 errors, \d+ warnings?\.$/,
    );
  });

  it('fails on a broken copy of a quiz, with the located error relative to the working directory', async () => {
    const original = await readFile(
      join(siteDir, 'quizzes', 'examples', 'example-single-choice.quiz.yaml'),
      'utf8',
    );
    // The one correct option loses its mark: a single-choice question with no right answer.
    await writeFile(
      join(dir, 'example-single-choice.quiz.yaml'),
      original.replace('        correct: true\n', ''),
    );

    const run = await runChecker(['example-single-choice.quiz.yaml'], dir);

    expect(run.code).toBe(1);
    expect(run.lines).toContain(
      "example-single-choice.quiz.yaml:13:7: error: a single-choice question needs exactly one correct option; mark it with 'correct: true' (at questions[0].options)",
    );
    expect(run.lines.at(-1)).toMatch(/; 1 error, \d+ warnings?\.$/);
  });

  it('reports a missing file as one located error, with no stack trace', async () => {
    const run = await runChecker(['missing.quiz.yaml'], dir);

    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      'missing.quiz.yaml:1:1: error: the file does not exist; check the path and the name (quiz files end in .quiz.yaml)',
      'Checked 1 quiz (0 questions, not counting the quiz with errors); key points tested and sentences cited: not counted (only for the whole course, npm run check:quizzes with no file); 1 error, 0 warnings.',
    ]);
    expect(run.stderr).toBe('');
  });
});

describe('the summary line', () => {
  const summary: CheckSummary = {
    quizzes: 9,
    quizzesWithErrors: 1,
    questions: 40,
    wholeCourse: true,
    keyPointsTested: 9,
    keyPoints: 12,
    errors: 2,
    warnings: 0,
  };

  it('says that the quizzes with errors are not counted in the whole course', () => {
    expect(summaryLine(summary)).toBe(
      'Checked 9 quizzes (40 questions, not counting the quiz with errors); key points tested by course quizzes: 9 of 12, not counting the quiz with errors; sentences cited as evidence: not counted (only when every course quiz is readable); 2 errors, 0 warnings.',
    );
  });

  it('counts no coverage for some files, which would describe part of the course as all of it', () => {
    expect(
      summaryLine({
        ...summary,
        quizzes: 1,
        quizzesWithErrors: 0,
        questions: 3,
        wholeCourse: false,
        errors: 0,
      }),
    ).toBe(
      'Checked 1 quiz (3 questions); key points tested and sentences cited: not counted (only for the whole course, npm run check:quizzes with no file); 0 errors, 0 warnings.',
    );
  });
});
