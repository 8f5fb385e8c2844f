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
import {
  readStatementSource,
  type SentenceCoverage,
  sentenceCoverage,
  statementSourcePath,
  uncitedSentenceWarnings,
} from './sentence-coverage';
import { shownPath } from './shown-path';

/** What checking the course found: a check report and, for the whole course, its sentence coverage. */
export interface CourseReport extends CheckReport {
  /**
   * Which sentences of the statement the course quizzes cite as evidence; counted only when the
   * whole course is checked and every course quiz reads without error, since otherwise the
   * count would describe part of the course as if it were all of it.
   */
  readonly sentences?: SentenceCoverage;
}

/** Adds the sentence coverage of the course quizzes, with a located warning per uncited sentence. */
async function withSentenceCoverage(
  report: CheckReport,
  show: (path: string) => string,
): Promise<CourseReport> {
  const course = report.quizzes.filter((checked) => checked.file.role === 'course');
  if (course.length === 0 || course.some((checked) => checked.quiz === undefined)) return report;
  const sentences = sentenceCoverage(course.flatMap((checked) => checked.quiz?.questions ?? []));
  const path = statementSourcePath();
  const warnings = uncitedSentenceWarnings(sentences.uncited, {
    shownPath: show(path),
    text: await readStatementSource(path),
  });
  return {
    ...report,
    problems: [...report.problems, ...warnings].sort(byFileAndPosition),
    summary: { ...report.summary, warnings: report.summary.warnings + warnings.length },
    sentences,
  };
}

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
 * it, key point and sentence coverage) or, given paths, just those quiz files (still linted
 * against the lessons that embed them).
 */
export async function checkCourse(
  layout: CourseLayout,
  paths: readonly string[] = [],
  options: Pick<CheckOptions, 'show' | 'readPage'> = {},
): Promise<CourseReport> {
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
  const show = options.show ?? ((path: string) => shownPath(path));
  return withSentenceCoverage(
    {
      ...report,
      problems: [...report.problems, ...more].sort(byFileAndPosition),
      summary: { ...report.summary, errors: report.summary.errors + more.length },
    },
    show,
  );
}
