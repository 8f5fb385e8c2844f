import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParseResult, parseQuiz, QUIZ_LIMITS } from '@tmm/quiz-engine/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuizFile } from '../../apps/course-site/plugins/quizzes/read-quiz-file';

// Hostile quiz files as an instructor's checker and the build meet them, one row each: the one
// located message the author sees (file:line:column and the limit or rule it breaks), and that
// checking never throws, hangs or reads what it should not.

const quiz = (prompt: string, extra = '') =>
  `id: hostile\ntitle: Hostile\nbehaviour: practice\nquestions:\n  - id: q1\n    type: true-false\n    prompt: ${JSON.stringify(prompt)}\n    answer: true\n    keyPoints: [denuclearization]\n${extra}`;
const questions = (count: number) =>
  `id: hostile\ntitle: Hostile\nquestions:\n${Array.from({ length: count }, (_, i) => `  - { id: q${i}, type: true-false, prompt: Q, answer: true, keyPoints: [kp] }\n`).join('')}`;

interface QuizCase {
  readonly name: string;
  /** The file's content, or how to make a special file at a path. */
  readonly source: string | Uint8Array | ((path: string) => Promise<void>);
  /** `line:column message` of the first error, or null when the file is accepted. */
  readonly error: RegExp | null;
}

const cases: QuizCase[] = [
  {
    name: 'a 6 KB field of *_ (the markdown bomb)',
    source: quiz('*_'.repeat(3_000)),
    error: /^7:13 this text is 6,000 characters long; a text may be at most 5,000$/,
  },
  { name: 'a field of *_ just within the limit', source: quiz('*_'.repeat(2_499)), error: null },
  {
    name: 'a 60 KB field of "*a "',
    source: quiz('*a '.repeat(20_000)),
    error: /^7:13 this text is 60,000 characters long/,
  },
  { name: 'a field of "*a " within the limit', source: quiz('*a '.repeat(1_666)), error: null },
  { name: 'unclosed link targets', source: quiz('[a]('.repeat(1_000)), error: null },
  {
    name: 'a javascript: link',
    source: quiz('[x](javascript:alert(1))'),
    error: /^7:13 .*javascript:alert\(1\)/,
  },
  {
    name: 'a javascript: link behind a control character',
    source: quiz('[x](\u0001javascript:alert(1))'),
    error: /^7:13 this text holds the control character U\+0001 \(character 5\); remove it$/,
  },
  {
    name: 'a data: link behind a unit separator',
    source: quiz('[x](\u001fdata:text/html,hi)'),
    error: /^7:13 this text holds the control character U\+001F/,
  },
  {
    name: 'a data: link',
    source: quiz('[x](data:text/html,hi)'),
    error: /^7:13 .*data:text\/html,hi/,
  },
  {
    name: 'a javascript: link in capitals with a tab',
    source: quiz('[x](JAVA\tSCRIPT:alert(1))'),
    error: null,
  },
  {
    name: 'a link to another host through a backslash (kept, marked external)',
    source: quiz('[x](/\\evil.example)'),
    error: null,
  },
  {
    name: 'a NUL in a prompt',
    source: quiz('a\u0000b'),
    error: /^7:13 this text holds the control character U\+0000 \(character 2\); remove it$/,
  },
  { name: 'a bell in a prompt', source: quiz('ding\u0007'), error: /U\+0007/ },
  { name: 'a DEL in a prompt', source: quiz('x\u007f'), error: /U\+007F/ },
  {
    name: 'a 10 MB prompt',
    source: quiz('a'.repeat(10_000_000)),
    error: /^1:1 the file is larger than 250,000 bytes \(10,000,\d+\), the limit for a quiz file/,
  },
  {
    name: `${QUIZ_LIMITS.questions + 1} questions`,
    source: questions(QUIZ_LIMITS.questions + 1),
    error: /^4:3 the quiz has 201 questions; a quiz may have at most 200/,
  },
  {
    name: '10,000 questions',
    source: questions(10_000),
    error: /^1:1 the file is larger than 250,000 bytes \([\d,]+\), the limit for a quiz file/,
  },
  {
    name: 'flow lists nested 3,000 deep',
    source: `id: x\ntitle: y\nquestions: ${'['.repeat(3_000)}${']'.repeat(3_000)}\n`,
    error: /^3:\d+ the file nests mappings and lists more than 16 levels deep/,
  },
  {
    name: 'flow lists nested 17 deep',
    source: `id: x\ntitle: y\nquestions: ${'['.repeat(17)}${']'.repeat(17)}\n`,
    error: /^3:\d+ the file nests mappings and lists more than 16 levels deep/,
  },
  {
    name: 'an alias bomb',
    source: `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
    // Refused at its first alias, in the author's words (the YAML library stops at 1:1).
    error: /^2:8 YAML: the aliases \('\*a' and others\) repeat the text so many times/,
  },
  {
    name: 'invalid UTF-8',
    source: new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe]),
    error: /^1:5 the file is not valid UTF-8/,
  },
  { name: 'an empty file', source: '', error: /^1:1 the file is empty/ },
  {
    name: 'HTML in a prompt (kept as text)',
    source: quiz('<script>alert(1)</script>'),
    error: null,
  },
  {
    name: 'a symbolic link to /etc/passwd',
    source: (path) => symlink('/etc/passwd', path),
    error: /^1:1 this is a symbolic link; a quiz file must be a regular file/,
  },
  {
    name: 'a symbolic link to /dev/zero',
    source: (path) => symlink('/dev/zero', path),
    error: /^1:1 this is a symbolic link/,
  },
  {
    name: 'a named pipe',
    source: async (path) => void execFileSync('mkfifo', [path]),
    error: /^1:1 this is a named pipe, not a regular file/,
  },
  {
    name: 'a file one byte over the size limit',
    source: `#${' '.repeat(QUIZ_LIMITS.fileBytes)}`,
    error: /^1:1 the file is larger than 250,000 bytes, the limit for a quiz file/,
  },
];

const deviceCases = [
  { name: '/dev/zero', path: '/dev/zero' },
  { name: '/dev/urandom', path: '/dev/urandom' },
];

/** The checker's first step for a file: read it, then parse it; the first problem as `line:col message`. */
async function check(path: string): Promise<string | null> {
  const read = await readQuizFile(path);
  if (!read.ok) return `1:1 ${read.message}`;
  const result: ParseResult = parseQuiz(read.bytes, { fileName: path, resolve: 'unchecked' });
  const [first] = result.ok ? [] : result.errors;
  return first === undefined ? null : `${first.line}:${first.column} ${first.message}`;
}

describe('hostile quiz files', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tmm-hostile-quizzes-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has at least 25 cases', () => {
    expect(cases.length + deviceCases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((entry, index) => ({ ...entry, index })))(
    '$name',
    async ({ source, error, index }) => {
      const path = join(dir, `case-${index}.quiz.yaml`);
      if (typeof source === 'function') await source(path);
      else await writeFile(path, source);

      const first = await check(path);

      if (error === null)
        expect(first === null || !/control character|limit|larger/.test(first)).toBe(true);
      else expect(first).toMatch(error);
    },
  );

  it.each(deviceCases)('$name, without reading from it', async ({ path }) => {
    expect(await check(path)).toBe(
      '1:1 this is a device, not a regular file; a quiz file must be a regular file',
    );
  });
});
