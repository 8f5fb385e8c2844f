import type { QuizError } from '@tmm/quiz-engine';
import { type CheckedQuiz, checkQuizFiles } from './check-quiz-files';
import { type CourseLayout, courseQuizFiles } from './course-layout';
import { type LessonFile, type ReadLessonsOptions, readLessons } from './lessons';

/** The course as the build loads it. */
export interface LoadedCourseFiles {
  /** Every quiz file, the guide's examples included, checked. */
  readonly quizzes: readonly CheckedQuiz[];
  /** The lessons in course order, read from their front matter. */
  readonly lessons: readonly LessonFile[];
  /** Every error of the quiz files and the lessons: the build fails on any. */
  readonly errors: readonly QuizError[];
  readonly warnings: readonly QuizError[];
}

/**
 * Loads the course as the build does: every quiz file checked with the quiz engine against the
 * course content, and the lessons read once from their front matter. The quiz plugin loads it
 * so; the tests load it so, and so test what the build ships.
 */
export async function loadCourse(
  layout: CourseLayout,
  options: ReadLessonsOptions = {},
): Promise<LoadedCourseFiles> {
  const [{ quizzes }, read] = await Promise.all([
    checkQuizFiles(await courseQuizFiles(layout), options.show ? { show: options.show } : {}),
    readLessons(layout, options),
  ]);
  return {
    quizzes,
    lessons: read.lessons,
    errors: [...quizzes.flatMap((quiz) => quiz.errors), ...read.problems],
    warnings: quizzes.flatMap((quiz) => quiz.warnings),
  };
}
