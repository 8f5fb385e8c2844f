import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A broken quiz must fail the production build with the checker's own located message. The
// site is copied to a temporary folder, so the real site, its build and its .docusaurus folder
// are never touched; the copy shares the repository's node_modules and packages by symlink.

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'apps', 'course-site');
const quizFile = join('quizzes', 'examples', 'example-true-false.quiz.yaml');
const located = `${quizFile}:9:13: error: 'answer' must be true or false, not 'maybe' (at questions[0].answer)`;

interface Run {
  readonly code: number;
  readonly output: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    // Without INIT_CWD, which npm would set to where its command was typed.
    const { INIT_CWD: _, ...env } = process.env;
    execFile(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}\n${stderr}` });
    });
  });
}

let copy: string;
let copiedSite: string;

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'tmm-quiz-build-'));
  copiedSite = join(copy, 'apps', 'course-site');
  await cp(site, copiedSite, {
    recursive: true,
    filter: (source) => !['node_modules', 'build', '.docusaurus'].includes(basename(source)),
  });
  for (const shared of ['node_modules', 'packages', 'tsconfig.base.json'])
    await symlink(join(root, shared), join(copy, shared));
  // Break a real quiz of the course: a true-false answer that is not true or false.
  const original = await readFile(join(site, quizFile), 'utf8');
  await writeFile(join(copiedSite, quizFile), original.replace('answer: true', 'answer: maybe'));
});

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

// Generous ceilings for a busy machine; no test asserts on time.
describe('a broken quiz in the course', { timeout: 180_000 }, () => {
  it('fails npm run check:quizzes with a located error', async () => {
    const tsx = join(root, 'node_modules', '.bin', 'tsx');

    const checker = await run(tsx, [join(copiedSite, 'plugins', 'quizzes', 'cli.ts')], copiedSite);
    const errors = checker.output.split('\n').filter((line) => line.includes(': error: '));

    expect(checker.code).toBe(1);
    expect(errors).toEqual([located]);
  });

  it('fails the production build with the same located message', async () => {
    const docusaurus = join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

    const build = await run(process.execPath, [docusaurus, 'build'], copiedSite);

    expect(build.code).not.toBe(0);
    expect(build.output).toContain(located);
    expect(build.output).toContain("1 error in the course's quiz files");
  });
});
