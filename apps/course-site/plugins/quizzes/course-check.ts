import { resolve } from 'node:path';
import {
  type CheckOptions,
  type CheckReport,
  checkQuizFiles,
  type PageFile,
} from './check-quiz-files';
import { type CourseLayout, courseQuizFiles, pagesIn, type QuizFile } from './course-layout';

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
 * Checks the whole course (every quiz, every page, key point coverage) or, given paths, just
 * those quiz files (still linted against the lessons that embed them).
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
  return checkQuizFiles(files, { ...options, pages, wholeCourse });
}
