import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { formatError, parseQuiz } from '@tmm/quiz-engine/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCourseReference } from './content-resolver';
import { type GiftImportRequest, importGiftFile } from './import-gift-file';

const siteDir = join(import.meta.dirname, '..', '..');
const root = join(siteDir, '..', '..');
const bank = join(root, 'packages', 'quiz-interop', 'src', '__fixtures__', 'moodle-bank.gift');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tmm-import-test-'));
  await mkdir(join(dir, 'quizzes'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const request = (giftPath: string, more: Partial<GiftImportRequest> = {}): GiftImportRequest => ({
  giftPath,
  courseQuizzes: join(dir, 'quizzes'),
  schemaPath: join(root, 'packages', 'quiz-engine', 'quiz.schema.json'),
  show: (path) => path.replace(`${dir}/`, '').replace(`${root}/`, ''),
  ...more,
});

describe('importGiftFile', { timeout: 60_000 }, () => {
  it('writes the Moodle bank as a course quiz file that the course checker accepts, with its warnings', async () => {
    const out = join(dir, 'quizzes', 'week-3.quiz.yaml');
    const outcome = await importGiftFile(request(bank, { outPath: out, skipUnimportable: true }));
    expect(outcome.errors).toEqual([]);
    expect(outcome.written).toBe('quizzes/week-3.quiz.yaml');
    expect(outcome.questions).toBe(16);
    const text = await readFile(out, 'utf8');
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(
      text.split('\n', 1)[0] ?? '',
    )?.[1];
    expect(schema && existsSync(resolve(dirname(out), schema))).toBe(true);
    const parsed = parseQuiz(text, { fileName: out, resolve: resolveCourseReference });
    expect(parsed.ok ? [] : parsed.errors.map(formatError)).toEqual([]);
    const lines = outcome.warnings.map(formatError);
    // The importer's warnings, located in the GIFT file…
    expect(lines).toContain(
      "packages/quiz-interop/src/__fixtures__/moodle-bank.gift:81:1: warning: an essay question ('{}') cannot be graded by the course's quizzes; left out (at ::Your view::)",
    );
    // …and the checker's, located in the quiz file written.
    expect(
      lines.filter(
        (line) =>
          line.startsWith('quizzes/week-3.quiz.yaml:') &&
          /has no evidence anchors; add 'evidence'/.test(line),
      ),
    ).toHaveLength(15);
  });

  it('writes nothing when the bank holds questions the course cannot, and says where they are', async () => {
    const out = join(dir, 'quizzes', 'strict.quiz.yaml');
    const outcome = await importGiftFile(request(bank, { outPath: out }));
    expect(outcome.written).toBeUndefined();
    expect(outcome.errors.map((error) => `${error.line}:${error.column}`)).toEqual([
      '72:1',
      '74:1',
      '76:1',
      '81:1',
      '84:1',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('replaces no quiz file unless told to', async () => {
    const out = join(dir, 'quizzes', 'kept.quiz.yaml');
    await writeFile(out, 'kept');
    const outcome = await importGiftFile(request(bank, { outPath: out, skipUnimportable: true }));
    expect(outcome.errors.map(formatError)).toEqual([
      'quizzes/kept.quiz.yaml: error: this quiz file exists already; choose another name with --out, or add --force to replace it (learners keep their answers only to questions left unchanged)',
    ]);
    expect(await readFile(out, 'utf8')).toBe('kept');
  });

  it.each([
    [
      'syntax.gift',
      'Where did they meet? {=Singapore ~Seoul\n',
      /^syntax\.gift:1:22: error: the answers opened with '\{' here are never closed/,
    ],
    ['empty.gift', '', /^empty\.gift:1:1: error: the file holds no question/],
    [
      'latin1.gift',
      Buffer.from([0x51, 0x20, 0xe9, 0x20, 0x7b, 0x54, 0x7d]),
      /^latin1\.gift:1:3: error: the bytes here are not UTF-8 text/,
    ],
    [
      'huge.gift',
      Array.from({ length: 10_000 }, (_, i) => `Q${i} {T}`).join('\n\n'),
      /^huge\.gift:401:1: error: this is question 201: a quiz holds at most 200 questions/,
    ],
    ['essay.gift', '::Essay:: Explain. {}', /^essay\.gift:1:1: error: an essay question/],
    [
      'unknown-key-point.gift',
      '// key points: no-such-point\n::Q:: Singapore? {T}',
      /^quizzes\/unknown-key-point\.quiz\.yaml:\d+:\d+: error: .*no-such-point/,
    ],
  ])('%s: a located error, nothing written', async (name, content, message) => {
    const path = join(dir, name);
    await writeFile(path, content);
    const outcome = await importGiftFile(request(path));
    expect(outcome.written).toBeUndefined();
    expect(
      formatError(outcome.errors[0] ?? { severity: 'error', file: '', path: '', message: 'none' }),
    ).toMatch(message);
    expect(existsSync(join(dir, 'quizzes', name.replace('.gift', '.quiz.yaml')))).toBe(false);
  });
});

describe('npm run import:gift', { timeout: 120_000 }, () => {
  it('exits 1 with a located sentence and no stack trace for a file that does not exist', async () => {
    const run = await new Promise<{ code: number; out: string }>((resolve) => {
      const { INIT_CWD: _, ...env } = process.env;
      execFile(
        join(root, 'node_modules', '.bin', 'tsx'),
        [join(import.meta.dirname, 'import-cli.ts'), 'no-such-bank.gift'],
        { cwd: dir, env },
        (error, stdout, stderr) =>
          resolve({ code: typeof error?.code === 'number' ? error.code : 0, out: stdout + stderr }),
      );
    });
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      'no-such-bank.gift: error: the file does not exist; check the path and the name\nNothing written: 1 error(s); fix them and import again.\n',
    );
  });
});
