import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseInlineMarkdown } from '@tmm/quiz-engine';
import { formatError } from '@tmm/quiz-engine/parser';
import { keyPoints } from '@tmm/statement-content';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkQuizFiles, type PageFile } from './check-quiz-files';
import { courseLayout, courseQuizFiles, type QuizRole } from './course-layout';
import { readLessonPage } from './lesson-page';

const siteDir = join(import.meta.dirname, '..', '..');
const schemaFile = join(siteDir, '..', '..', 'packages', 'quiz-engine', 'quiz.schema.json');
// A placeholder: each file written gets the schema path relative to its own folder.
const SCHEMA_LINE = '# yaml-language-server: $schema=SCHEMA';

let dir: string;

beforeEach(async () => {
  // Quizzes sit where the course keeps them, so that their schema line resolves.
  dir = await mkdtemp(join(tmpdir(), 'tmm-check-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes quiz files into the temporary folder; their schema line points at the real schema. */
async function write(files: Record<string, string | Uint8Array>) {
  for (const folder of new Set(Object.keys(files).map((name) => dirname(join(dir, name)))))
    await mkdir(folder, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    const schema = relative(dirname(path), schemaFile);
    await writeFile(
      path,
      typeof content === 'string'
        ? content.replace('$schema=SCHEMA', `$schema=${schema}`)
        : content,
    );
  }
}

async function check(names: readonly string[], role: QuizRole = 'course', pages: PageFile[] = []) {
  const report = await checkQuizFiles(
    names.map((name) => ({ path: join(dir, name), role })),
    {
      show: (path) => relative(dir, path),
      pages,
      readPage: readLessonPage,
      wholeCourse: pages.length > 0,
    },
  );
  return { report, lines: report.problems.map(formatError) };
}

const trueFalse = (id: string, extra = '') =>
  `${SCHEMA_LINE}\nid: ${id}\ntitle: A quiz\nquestions:\n  - id: q1\n    type: true-false\n    prompt: The ministers met in Singapore.\n    answer: true\n${extra}`;

const withEvidence = `    evidence:\n      - paragraph: p1\n        exact: convened a Trilateral Ministerial Meeting in Singapore\n`;

describe('checking the course', () => {
  it('finds no error in any quiz of the course, the guide examples included', async () => {
    const files = await courseQuizFiles(courseLayout(siteDir));
    const report = await checkQuizFiles(files);

    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(report.summary.quizzes).toBe(files.length);
  });
});

describe('bad quiz files', () => {
  it('reports a YAML syntax error where the mistake is: an unclosed quote where it opened', async () => {
    await write({
      'bad.quiz.yaml': `${SCHEMA_LINE}\nid: bad\ntitle: Broken YAML\nquestions:\n  - id: q1\n    type: true-false\n    prompt: "The ministers met in Singapore.\n    answer: true\n`,
    });

    const { lines } = await check(['bad.quiz.yaml']);

    expect(lines).toEqual([
      'bad.quiz.yaml:7:13: error: YAML syntax: the double quote (") opened here is never closed, so the rest of the file is read as its text; add the closing " at the end of this text',
    ]);
  });

  it('reports values of the wrong type with their paths', async () => {
    await write({
      'bad.quiz.yaml': `${SCHEMA_LINE}\nid: bad\ntitle: Wrong types\nsettings:\n  tries: three\nquestions:\n  - id: q1\n    type: true-false\n    prompt: The ministers met in Singapore.\n    answer: yes please\n`,
    });

    const { lines } = await check(['bad.quiz.yaml']);

    expect(lines).toEqual([
      "bad.quiz.yaml:5:10: error: 'tries' must be a number, not 'three' (at settings.tries)",
      "bad.quiz.yaml:10:13: error: 'answer' must be true or false, not 'yes please' (at questions[0].answer)",
    ]);
  });

  it('reports an unknown question type and names the nearest one', async () => {
    await write({
      'bad.quiz.yaml': `${SCHEMA_LINE}\nid: bad\ntitle: Unknown type\nquestions:\n  - id: q1\n    type: multiple-choice\n    prompt: Where did they meet?\n    options:\n      - { id: a, text: Singapore, correct: true }\n      - { id: b, text: Tokyo }\n`,
    });

    const { lines } = await check(['bad.quiz.yaml']);

    expect(lines).toEqual([
      "bad.quiz.yaml:6:11: error: unknown question type 'multiple-choice'; did you mean 'multiple-select'? Expected one of: single-choice, multiple-select, true-false, fill-in-the-blank, ordering, matching, select-evidence (at questions[0].type)",
    ]);
  });

  it('reports a duplicate question id at its second use', async () => {
    await write({
      'bad.quiz.yaml': `${trueFalse('bad', withEvidence)}  - id: q1\n    type: true-false\n    prompt: The ministers met in Tokyo.\n    answer: false\n${withEvidence}`,
    });

    const { lines } = await check(['bad.quiz.yaml']);

    expect(lines).toEqual([
      "bad.quiz.yaml:12:9: error: duplicate question id 'q1'; questions[0] already uses it (at questions[1].id)",
    ]);
  });

  it('reports an option list without a correct answer', async () => {
    await write({
      'bad.quiz.yaml': `${SCHEMA_LINE}\nid: bad\ntitle: No correct option\nquestions:\n  - id: q1\n    type: single-choice\n    prompt: Where did they meet?\n    options:\n      - { id: a, text: Singapore }\n      - { id: b, text: Tokyo }\n${withEvidence}`,
    });

    const { lines } = await check(['bad.quiz.yaml']);

    expect(lines).toEqual([
      "bad.quiz.yaml:9:7: error: a single-choice question needs exactly one correct option; mark it with 'correct: true' (at questions[0].options)",
    ]);
  });

  it('reports an evidence anchor that matches no place in the statement', async () => {
    await write({
      'bad.quiz.yaml': trueFalse(
        'bad',
        '    evidence:\n      - paragraph: p1\n        exact: convened a meeting in Singapore\n',
      ),
    });

    const { lines } = await check(['bad.quiz.yaml']);

    expect(lines).toEqual([
      "bad.quiz.yaml:10:9: error: evidence anchor {p1 'convened a meeting in Singapore'} matches no place in p1; copy the words from the statement exactly, apostrophes and capitals included (at questions[0].evidence[0])",
    ]);
  });

  it('reports an unknown key point and names the nearest one', async () => {
    await write({
      'bad.quiz.yaml': trueFalse('bad', `${withEvidence}    keyPoints: [missile-warning]\n`),
    });

    const { lines } = await check(['bad.quiz.yaml']);

    expect(lines).toEqual([
      "bad.quiz.yaml:12:17: error: there is no key point 'missile-warning'; did you mean 'missile-warning-data'? (at questions[0].keyPoints[0])",
    ]);
  });

  it('reports an empty file', async () => {
    await write({ 'empty.quiz.yaml': '' });

    const { lines } = await check(['empty.quiz.yaml']);

    expect(lines).toEqual([
      'empty.quiz.yaml:1:1: error: the file is empty; a quiz needs at least id, title and questions',
    ]);
  });

  it('reports a file that is not UTF-8 at its first bad byte', async () => {
    const latin1 = Buffer.from(
      `# yaml-language-server: $schema=x\nid: bad\ntitle: Caf\xe9\n`,
      'latin1',
    );
    await write({ 'bad.quiz.yaml': latin1 });

    const { lines } = await check(['bad.quiz.yaml']);

    expect(lines).toEqual([
      'bad.quiz.yaml:3:11: error: the file is not valid UTF-8 (byte 52); save it with UTF-8 encoding',
    ]);
  });

  it('keeps a script tag in a prompt as text: no error, and no HTML in the parsed prompt', async () => {
    const prompt = '<script>alert(1)</script> The ministers met in Singapore.';
    await write({
      'script.quiz.yaml': trueFalse('script', withEvidence).replace(
        'prompt: The ministers met in Singapore.',
        `prompt: "${prompt}"`,
      ),
    });

    const { report, lines } = await check(['script.quiz.yaml']);
    const parsed = report.quizzes[0]?.quiz?.questions[0]?.prompt ?? '';

    expect(lines).toEqual([]);
    expect(parsed).toBe(prompt);
    expect(parseInlineMarkdown(parsed)).toEqual([{ type: 'text', value: prompt }]);
  });

  it('reports a missing file as an error, not an exception', async () => {
    const { lines, report } = await check(['quizzes/nowhere.quiz.yaml']);

    expect(lines).toEqual([
      'quizzes/nowhere.quiz.yaml:1:1: error: the file does not exist; check the path and the name (quiz files end in .quiz.yaml)',
    ]);
    expect(report.summary.errors).toBe(1);
  });

  it('reports an unreadable file (a folder) as an error, not an exception', async () => {
    await mkdir(join(dir, 'folder.quiz.yaml'));

    const { lines } = await check(['folder.quiz.yaml']);

    expect(lines).toEqual(['folder.quiz.yaml:1:1: error: this is a folder, not a quiz file']);
  });

  it('reports a quiz whose id is not its file name, at the id', async () => {
    await write({ 'quizzes/first.quiz.yaml': trueFalse('second', withEvidence) });

    const { lines } = await check(['quizzes/first.quiz.yaml']);

    expect(lines).toEqual([
      "quizzes/first.quiz.yaml:2:5: error: the quiz id 'second' does not match the file name 'first.quiz.yaml'; lessons embed a quiz by its file name, so rename the file to 'second.quiz.yaml' or change the id to 'first' (at id)",
    ]);
  });

  it('refuses the quiz id that "Review now" plays under, at the id', async () => {
    await write({ 'quizzes/review-session.quiz.yaml': trueFalse('review-session', withEvidence) });

    const { lines, report } = await check(['quizzes/review-session.quiz.yaml']);

    expect(lines).toEqual([
      "quizzes/review-session.quiz.yaml:2:5: error: the quiz id 'review-session' is kept for the course's own use (the progress page's \"Review now\" plays under it); choose another id and rename the file to match (at id)",
    ]);
    expect(report.quizzes[0]?.quiz).toBeUndefined();
  });

  it('reports a quiz id that another file of the course already uses', async () => {
    await write({
      'quizzes/same.quiz.yaml': trueFalse('same', withEvidence),
    });
    await mkdir(join(dir, 'quizzes', 'examples'));
    await write({ 'quizzes/examples/same.quiz.yaml': trueFalse('same', withEvidence) });

    const { lines, report } = await check([
      'quizzes/same.quiz.yaml',
      'quizzes/examples/same.quiz.yaml',
    ]);

    expect(lines).toEqual([
      "quizzes/examples/same.quiz.yaml:2:5: error: the quiz id 'same' is already used by quizzes/same.quiz.yaml; quiz ids must be unique across the course (at id)",
    ]);
    expect(report.quizzes.map((quiz) => quiz.quiz !== undefined)).toEqual([true, false]);
  });
});

describe('the coverage lint', () => {
  it('warns about a question without evidence anchors, at the question', async () => {
    await write({ 'quizzes/plain.quiz.yaml': trueFalse('plain') });

    const { lines, report } = await check(['quizzes/plain.quiz.yaml']);

    expect(lines).toEqual([
      "quizzes/plain.quiz.yaml:5:5: warning: question 'q1' has no evidence anchors; add 'evidence' so that its feedback points to the sentences of the statement that support the answer (at questions[0])",
    ]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('warns about a quiz file without the schema line', async () => {
    await write({
      'quizzes/bare.quiz.yaml': trueFalse('bare', withEvidence).replace(`${SCHEMA_LINE}\n`, ''),
    });

    const { lines } = await check(['quizzes/bare.quiz.yaml']);

    expect(lines).toEqual([
      "quizzes/bare.quiz.yaml:1:1: warning: the file does not start with the schema line '# yaml-language-server: $schema=<path to quiz.schema.json>', so editors cannot check it as you type",
    ]);
  });

  it('accepts a quiz written in JSON as <id>.quiz.json, its schema named by a "$schema" key', async () => {
    const quiz = (schema?: string) =>
      `${JSON.stringify(
        {
          ...(schema === undefined ? {} : { $schema: schema }),
          id: 'in-json',
          title: 'A quiz in JSON',
          questions: [
            {
              id: 'q1',
              type: 'true-false',
              prompt: 'The ministers met in Singapore.',
              answer: true,
              evidence: [
                {
                  paragraph: 'p1',
                  exact: 'convened a Trilateral Ministerial Meeting in Singapore',
                },
              ],
            },
          ],
        },
        null,
        2,
      )}\n`;
    await write({ 'quizzes/in-json.quiz.json': quiz(relative(join(dir, 'quizzes'), schemaFile)) });

    const { lines, report } = await check(['quizzes/in-json.quiz.json']);

    expect(lines).toEqual([]);
    expect(report.quizzes[0]?.quiz?.id).toBe('in-json');

    await write({ 'quizzes/in-json.quiz.json': quiz() });
    expect((await check(['quizzes/in-json.quiz.json'])).lines).toEqual([
      'quizzes/in-json.quiz.json:1:1: warning: the file has no "$schema" key naming quiz.schema.json, so editors cannot check it as you type; add "$schema": "<path to quiz.schema.json>" as its first key',
    ]);
  });

  it('refuses a quiz file with another suffix, naming both that are allowed', async () => {
    await write({ 'quizzes/other.yaml': trueFalse('other', withEvidence) });

    const { lines } = await check(['quizzes/other.yaml']);

    expect(lines).toContain(
      'quizzes/other.yaml:1:1: error: quiz files are named <quiz id>.quiz.yaml or <quiz id>.quiz.json; rename this file',
    );
  });

  it('warns about each key point no course quiz tests, at the lesson that lists it', async () => {
    await write({
      'quizzes/rule.quiz.yaml': trueFalse('rule', `${withEvidence}    keyPoints: [rule-of-law]\n`),
      'lesson.mdx':
        '---\ntitle: Lesson\nkey_points: [rule-of-law, ukraine]\n---\n\n<Quiz id="rule" />\n',
    });

    const { lines, report } = await check(['quizzes/rule.quiz.yaml'], 'course', [
      { path: join(dir, 'lesson.mdx'), role: 'lesson' },
    ]);
    const untested = keyPoints().filter((point) => point.id !== 'rule-of-law');

    expect(lines).toContain(
      "lesson.mdx:3:27: warning: key point 'ukraine' (Stand with Ukraine) is tested by no question of the course's quizzes; add a question with keyPoints: [ukraine] (at key_points)",
    );
    expect(report.summary).toMatchObject({ keyPointsTested: 1, warnings: untested.length });
  });

  it('warns about a course quiz that no lesson embeds, and an example no guide page embeds', async () => {
    await write({
      'quizzes/rule.quiz.yaml': trueFalse('rule', `${withEvidence}    keyPoints: [rule-of-law]\n`),
      'quizzes/alone.quiz.yaml': trueFalse(
        'alone',
        `${withEvidence}    keyPoints: [rule-of-law]\n`,
      ),
      'docs/lesson.mdx':
        '---\ntitle: Lesson\nkey_points: [rule-of-law]\n---\n\n<Quiz id="rule" />\n',
      'instructors/guide.mdx': '# Examples\n\n<QuizSource id="alone" />\n',
    });

    const { lines } = await check(['quizzes/rule.quiz.yaml', 'quizzes/alone.quiz.yaml'], 'course', [
      { path: join(dir, 'docs', 'lesson.mdx'), role: 'lesson' },
      { path: join(dir, 'instructors', 'guide.mdx'), role: 'guide' },
    ]);

    expect(lines.filter((line) => line.includes('embeds'))).toEqual([
      'quizzes/alone.quiz.yaml:2:5: warning: no lesson embeds this quiz, so learners never see it; add <Quiz id="alone" /> to the lesson it belongs to (in docs) (at id)',
    ]);

    const examples = await checkQuizFiles(
      [{ path: join(dir, 'quizzes/alone.quiz.yaml'), role: 'example' }],
      {
        show: (path) => relative(dir, path),
        pages: [{ path: join(dir, 'instructors', 'guide.mdx'), role: 'guide' }],
        readPage: readLessonPage,
      },
    );
    expect(examples.problems.map(formatError)).toEqual([
      `quizzes/alone.quiz.yaml:2:5: warning: no page of the instructors' guide embeds this example; add <Quiz id="alone" /> to a page of instructors (at id)`,
    ]);
  });

  it("does not count the guide's examples as testing key points", async () => {
    await write({
      'quizzes/rule.quiz.yaml': trueFalse('rule', `${withEvidence}    keyPoints: [rule-of-law]\n`),
    });

    const { report } = await check(['quizzes/rule.quiz.yaml'], 'example', [
      { path: join(dir, 'missing-lesson.mdx'), role: 'lesson' },
    ]);

    expect(report.summary.keyPointsTested).toBe(0);
  });

  it("warns about a lesson quiz that tests none of its lesson's key points, at the quiz id", async () => {
    await write({
      'quizzes/rule.quiz.yaml': trueFalse('rule', `${withEvidence}    keyPoints: [rule-of-law]\n`),
      'lesson.mdx': '---\ntitle: Lesson\nkey_points: [ukraine]\n---\n\n<Quiz id="rule" />\n',
    });

    const { lines } = await check(['quizzes/rule.quiz.yaml'], 'course', [
      { path: join(dir, 'lesson.mdx'), role: 'lesson' },
    ]);

    expect(lines).toContain(
      "quizzes/rule.quiz.yaml:2:5: warning: the lesson lesson.mdx embeds this quiz, but no question tests the lesson's key points (ukraine); list one in a question's 'keyPoints' (at id)",
    );
  });

  it('reports a page that embeds a quiz the course does not have, at the element', async () => {
    await write({
      'quizzes/rule.quiz.yaml': trueFalse('rule', withEvidence),
      'guide.mdx': '# Guide\n\nSome text.\n\n<Quiz id="rules" />\n',
    });

    const { lines } = await check(['quizzes/rule.quiz.yaml'], 'course', [
      { path: join(dir, 'guide.mdx'), role: 'guide' },
    ]);

    expect(lines).toContain(
      "guide.mdx:5:1: error: there is no quiz 'rules' (no file quizzes/rules.quiz.yaml); did you mean 'rule'?",
    );
  });

  it('reports an unknown key point in a lesson front matter', async () => {
    await write({
      'quizzes/rule.quiz.yaml': trueFalse('rule', withEvidence),
      'lesson.mdx': '---\ntitle: Lesson\nkey_points: [rule-of-laws]\n---\n\nText.\n',
    });

    const { lines } = await check(['quizzes/rule.quiz.yaml'], 'course', [
      { path: join(dir, 'lesson.mdx'), role: 'lesson' },
    ]);

    expect(lines).toContain(
      "lesson.mdx:3:14: error: there is no key point 'rule-of-laws'; did you mean 'rule-of-law'? (at key_points)",
    );
  });
});
