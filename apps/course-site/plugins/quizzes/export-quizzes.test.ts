import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseLayout } from './course-layout';
import { parseExportArgs } from './export-cli-args';
import { exportQuizzes } from './export-quizzes';

const layout = courseLayout(join(import.meta.dirname, '..', '..'));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tmm-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportQuizzes', () => {
  it('exports every course quiz, the guide examples aside, one file each', async () => {
    const result = await exportQuizzes('moodle-xml', layout);
    expect(result.errors).toEqual([]);
    expect(result.files.map((file) => file.path)).toEqual(
      result.quizzes.map((quiz) => `${quiz.id}.moodle.xml`),
    );
    expect(result.quizzes.map((quiz) => quiz.id)).toContain('the-meeting');
    expect(result.quizzes.some((quiz) => quiz.id.startsWith('example-'))).toBe(false);
  });

  it('exports nothing from a quiz file with an error, and says where the error is', async () => {
    const broken = join(dir, 'broken.quiz.yaml');
    await writeFile(
      broken,
      'id: broken\ntitle: Broken\nquestions:\n  - id: q\n    type: multi-choice\n    prompt: P\n',
    );
    const result = await exportQuizzes('gift', layout, [broken], {
      show: () => 'broken.quiz.yaml',
    });
    expect(result.files).toEqual([]);
    expect(result.errors[0]).toMatchObject({
      file: 'broken.quiz.yaml',
      line: 5,
      severity: 'error',
    });
  });
});

describe('parseExportArgs', () => {
  it('reads the format, the folder and the files', () => {
    expect(parseExportArgs(['--format', 'gift', '--out', 'x', 'a.quiz.yaml'])).toEqual({
      format: 'gift',
      out: 'x',
      files: ['a.quiz.yaml'],
    });
    expect(parseExportArgs(['--format=moodle-xml'])).toEqual({ format: 'moodle-xml', files: [] });
  });

  it('says what is wrong with a command line', () => {
    expect(parseExportArgs([])).toEqual({ error: expect.stringMatching(/say which format/) });
    expect(parseExportArgs(['--format', 'csv'])).toEqual({
      error: expect.stringMatching(/unknown format 'csv'; use one of gift, moodle-xml, qti3/),
    });
    expect(parseExportArgs(['--format'])).toEqual({ error: '--format needs a value' });
    expect(parseExportArgs(['--format', 'gift', '--zip'])).toEqual({
      error: "unknown option '--zip'",
    });
  });
});
