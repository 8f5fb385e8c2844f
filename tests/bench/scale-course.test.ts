import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatError } from '@tmm/quiz-engine/parser';
import { allSentenceIds } from '@tmm/statement-content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCourse } from '../../apps/course-site/plugins/quizzes/course-check';
import { courseLayout } from '../../apps/course-site/plugins/quizzes/course-layout';
import { readLessonPage } from '../../apps/course-site/plugins/quizzes/lesson-page';
import { readLessons } from '../../apps/course-site/plugins/quizzes/lessons';
import { repositoryRoot } from './repository';
import { lessonId, QUESTION_TYPES, scaleCourseFiles, writeScaleCourse } from './scale-course';

// The generated course of `npm run bench:scale` must be a course the checker accepts as it
// accepts the real one, or the bench would time the checker on errors and build nothing.

let root: string;
let siteDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tmm-scale-course-test-'));
  siteDir = join(root, 'apps', 'course-site');
  const site = join(repositoryRoot, 'apps', 'course-site');
  // What the checker reads: lessons, quizzes with the guide's examples, and the guide.
  await mkdir(siteDir, { recursive: true });
  for (const folder of ['docs', 'quizzes', 'instructors'])
    await cp(join(site, folder), join(siteDir, folder), { recursive: true });
  await symlink(join(repositoryRoot, 'packages'), join(root, 'packages'));
  await writeScaleCourse(siteDir, { lessons: 9, questions: 26 });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a generated course', () => {
  it('replaces the lessons and course quizzes, and keeps the guide and its examples', async () => {
    const docs = await readdir(join(siteDir, 'docs'));
    const quizzes = await readdir(join(siteDir, 'quizzes'));

    expect(docs.sort()).toEqual([
      'index.md',
      ...Array.from({ length: 9 }, (_, i) => `${lessonId(i + 1)}.mdx`),
    ]);
    expect(quizzes.filter((name) => name.endsWith('.quiz.yaml'))).toHaveLength(9);
    expect(quizzes).toContain('examples');
    expect(await readdir(join(siteDir, 'quizzes', 'examples'))).toContain(
      'example-matching.quiz.yaml',
    );
  });

  it('passes the checker with no error and no warning, every sentence cited', async () => {
    const report = await checkCourse(courseLayout(siteDir), [], { readPage: readLessonPage });

    expect(report.problems.map(formatError)).toEqual([]);
    expect(report.summary.questions).toBeGreaterThanOrEqual(9 * 26);
    expect(report.summary.keyPointsTested).toBe(report.summary.keyPoints);
    expect(report.sentences?.uncited).toEqual([]);
    expect(report.sentences?.cited).toHaveLength(allSentenceIds().length);
  });

  it('uses every question type, with the evidence of each question', async () => {
    const report = await checkCourse(courseLayout(siteDir));
    const course = report.quizzes.filter((checked) => checked.file.role === 'course');
    const questions = course.flatMap((checked) => checked.quiz?.questions ?? []);

    expect(new Set(questions.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.every((question) => question.evidence.length === 1)).toBe(true);
  });

  it('reads as lessons in order, the last an assessment, linked from the introduction', async () => {
    const { lessons, problems } = await readLessons(courseLayout(siteDir));
    const introduction = await readFile(join(siteDir, 'docs', 'index.md'), 'utf8');

    expect(problems).toEqual([]);
    expect(lessons.map((lesson) => lesson.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => lessonId(i + 1)),
    );
    expect(lessons.map((lesson) => lesson.teaches)).toEqual([...Array(8).fill(true), false]);
    for (const lesson of lessons) expect(introduction).toContain(`(/lessons/${lesson.id})`);
  });

  it('grows by lessons and questions as asked, and refuses a size that is no size', () => {
    const quizOf = (lessons: number, questions: number) =>
      scaleCourseFiles({ lessons, questions }).filter((file) => file.path.endsWith('.yaml'));

    expect(quizOf(200, 3)).toHaveLength(200);
    expect(quizOf(2, 50)[0]?.text.match(/^ {2}- id: question-/gm)).toHaveLength(50);
    expect(() => scaleCourseFiles({ lessons: 0, questions: 10 })).toThrow(/at least 1/);
    expect(() => scaleCourseFiles({ lessons: 8, questions: 2.5 })).toThrow(/whole number/);
  });
});
