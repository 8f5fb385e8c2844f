import { resolve } from 'node:path';
import {
  byFileAndPosition,
  type CheckOptions,
  type CheckReport,
  checkQuizFiles,
  type PageFile,
} from './check-quiz-files';
import { type CourseLayout, courseQuizFiles, pagesIn, type QuizFile } from './course-layout';
import { readLessons } from './lessons';

/** The lesson and guide pages of the course. */
export async function coursePages(layout: CourseLayout): Promise<PageFile[]> {
  return [
    ...(await pagesIn(layout.lessons)).map((path) => ({ path, role: 'lesson' as const })),
    ...(await pagesIn(layout.guide)).map((path) => ({ path, role: 'guide' as const })),
  ];
}

/** The role of a file named on the command line: examples are the guide's, the rest course quizzes. */
export function roleOf(path: string, layout: CourseLayout): QuizFile['role'] {
  return resolve(path).startsWith(`${layout.exampleQuizzes}/`) ? 'example' : 'course';
}

/**
 * Checks the whole course (every quiz, every page, the lessons' front matter as the build reads
 * it, key point coverage) or, given paths, just those quiz files (still linted against the
 * lessons that embed them).
 */
export async function checkCourse(
  layout: CourseLayout,
  paths: readonly string[] = [],
  options: Pick<CheckOptions, 'show' | 'readPage'> = {},
): Promise<CheckReport> {
  const wholeCourse = paths.length === 0;
  const files = wholeCourse
    ? await courseQuizFiles(layout)
    : paths.map((path) => ({ path: resolve(path), role: roleOf(path, layout) }));
  const pages = options.readPage ? await coursePages(layout) : [];
  const report = await checkQuizFiles(files, { ...options, pages, wholeCourse });
  if (!wholeCourse) return report;
  const lessons = await readLessons(layout, options.show ? { show: options.show } : {});
  // A page that is not valid MDX is reported by the page check already.
  const more = lessons.problems.filter(
    (problem) =>
      !report.problems.some(
        (known) => known.file === problem.file && known.message === problem.message,
      ),
  );
  return {
    ...report,
    problems: [...report.problems, ...more].sort(byFileAndPosition),
    summary: { ...report.summary, errors: report.summary.errors + more.length },
  };
}
