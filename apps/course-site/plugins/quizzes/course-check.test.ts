import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { formatError } from '@tmm/quiz-engine';
import { allSentenceIds } from '@tmm/statement-content';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCourse } from './course-check';
import { courseLayout } from './course-layout';
import { readLessonPage } from './lesson-page';
import { statementSourcePath } from './sentence-coverage';

let siteDir: string;

beforeEach(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'tmm-course-check-'));
  await mkdir(join(siteDir, 'docs'));
  await mkdir(join(siteDir, 'quizzes'));
});

afterEach(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe('checking the whole course', () => {
  it('reports a lesson the build cannot read, as the build does', async () => {
    await writeFile(
      join(siteDir, 'docs', '01-a.mdx'),
      '---\ntitle: A\nsidebar_position: 1\nkey_points: [ukraine]\n---\n\nText.\n',
    );

    const report = await checkCourse(courseLayout(siteDir), [], {
      readPage: readLessonPage,
      show: (path) => relative(siteDir, path),
    });

    expect(report.problems.filter((p) => p.severity === 'error').map(formatError)).toEqual([
      "docs/01-a.mdx:1:1: error: a lesson (a page whose front matter lists 'key_points') needs 'slug' in its front matter",
    ]);
    expect(report.summary.errors).toBe(1);
  });

  /** A course quiz of one true/false question whose evidence is the given words of paragraph 1. */
  const quizCiting = (id: string, exact: string) =>
    `id: ${id}\ntitle: A quiz\nquestions:\n  - id: q1\n    type: true-false\n    prompt: The ministers met in Singapore.\n    answer: true\n    evidence:\n      - paragraph: p1\n        exact: ${exact}\n`;

  it('counts the sentences its quizzes cite and warns at each uncited one in the published text', async () => {
    await writeFile(
      join(siteDir, 'quizzes', 'met.quiz.yaml'),
      quizCiting('met', 'convened a Trilateral Ministerial Meeting in Singapore'),
    );

    const report = await checkCourse(courseLayout(siteDir), [], {
      show: (path) => relative(siteDir, path),
    });
    const warnings = report.problems.filter((problem) => problem.path.startsWith('p'));

    expect(report.sentences?.cited).toEqual(['p1.s1']);
    expect(warnings.map((problem) => problem.path)).toEqual(allSentenceIds().slice(1));
    expect(
      formatError(
        warnings[0] ?? { severity: 'error', file: '', line: 1, column: 1, path: '', message: '' },
      ),
    ).toBe(
      `${relative(siteDir, statementSourcePath())}:7:236: warning: sentence p1.s2 (“During the meeting, the three leaders discussed the…”) is cited as evidence by no question of the course's quizzes; quote its words in the 'evidence' of a question, for example in the quiz of the lesson on paragraph 1 (at p1.s2)`,
    );
    // The summary counts them with the other warnings (here, key points no question tests).
    expect(report.summary.warnings).toBe(
      report.problems.filter((problem) => problem.severity === 'warning').length,
    );
  });

  it('does not count sentences while a course quiz cannot be read', async () => {
    await writeFile(
      join(siteDir, 'quizzes', 'met.quiz.yaml'),
      quizCiting('met', 'convened a Trilateral Ministerial Meeting in Singapore'),
    );
    await writeFile(join(siteDir, 'quizzes', 'broken.quiz.yaml'), 'id: broken\nquestions: [\n');

    const report = await checkCourse(courseLayout(siteDir));

    expect(report.sentences).toBeUndefined();
    expect(report.problems.filter((problem) => problem.path.startsWith('p'))).toEqual([]);
  });

  it('does not count sentences when only some files are checked', async () => {
    const path = join(siteDir, 'quizzes', 'met.quiz.yaml');
    await writeFile(
      path,
      quizCiting('met', 'convened a Trilateral Ministerial Meeting in Singapore'),
    );

    const report = await checkCourse(courseLayout(siteDir), [path]);

    expect(report.sentences).toBeUndefined();
  });
});
