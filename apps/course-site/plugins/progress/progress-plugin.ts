import type { LoadContext, Plugin } from '@docusaurus/types';
import { QUIZ_PLUGIN_NAME } from '../quizzes/quiz-module';
import {
  type CourseIndex,
  courseLessons,
  courseQuestions,
  courseQuizzes,
  type ReviewPool,
} from './course-index';

/** The plugin's name; its modules are generated under `@generated/<name>/default/`. */
export const PROGRESS_PLUGIN_NAME = 'tmm-progress';

/** Where the progress page lives. */
export const PROGRESS_PATH = '/progress';

/** The generated module the review session imports on demand. */
export const REVIEW_POOL_MODULE = 'review-pool.json';

/** The docs sidebar whose docs are the lessons, in order. */
const LESSONS_SIDEBAR = 'lessons';

/**
 * Adds the progress page. Once every plugin has loaded its content, it writes what the page
 * needs to know of the course (the lessons in sidebar order with their titles and key points,
 * and every course question's id, hash and key points) as that route's module, and the course
 * quizzes as a second module that "Review now" imports on demand: no global data, and the
 * page's first load carries no question text.
 */
export default function progressPlugin(_context: Pick<LoadContext, 'siteDir'>): Plugin<void> {
  return {
    name: PROGRESS_PLUGIN_NAME,

    async allContentLoaded({ allContent, actions }) {
      const lessons = courseLessons(
        allContent['docusaurus-plugin-content-docs']?.default,
        LESSONS_SIDEBAR,
      );
      const quizzes = courseQuizzes(allContent[QUIZ_PLUGIN_NAME]?.default);
      const course = { lessons, questions: courseQuestions(quizzes) } satisfies CourseIndex;
      const pool = { quizzes } satisfies ReviewPool;
      const coursePath = await actions.createData('course.json', JSON.stringify(course));
      await actions.createData(REVIEW_POOL_MODULE, JSON.stringify(pool));
      actions.addRoute({
        path: PROGRESS_PATH,
        component: '@site/src/components/ProgressPage',
        modules: { course: coursePath },
        exact: true,
      });
    },
  };
}
