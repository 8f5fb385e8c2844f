import type { LoadContext, Plugin } from '@docusaurus/types';
import { QUIZ_PLUGIN_NAME } from '../quizzes/contract';
import {
  COURSE_MODULE,
  type CourseIndex,
  PROGRESS_PATH,
  PROGRESS_PLUGIN_NAME,
  REVIEW_POOL_MODULE,
  type ReviewPool,
} from './contract';
import { courseQuestions, courseQuizNames, loadedCourse } from './course-index';

/**
 * Adds the progress page. Once every plugin has loaded its content, it writes what the page
 * needs to know of the course (the lessons the quiz plugin read, in course order, and every
 * course question's id, hash and key points, and each course quiz's title) as that route's module, and the course quizzes as
 * a second module that "Review now" imports on demand: no global data, and the page's first
 * load carries no question text.
 */
export default function progressPlugin(_context: Pick<LoadContext, 'siteDir'>): Plugin<void> {
  return {
    name: PROGRESS_PLUGIN_NAME,

    async allContentLoaded({ allContent, actions }) {
      const { quizzes, lessons } = loadedCourse(allContent[QUIZ_PLUGIN_NAME]?.default);
      const course = {
        lessons,
        questions: courseQuestions(quizzes),
        quizzes: courseQuizNames(quizzes),
      } satisfies CourseIndex;
      const pool = { quizzes } satisfies ReviewPool;
      await actions.createData(COURSE_MODULE, JSON.stringify(course));
      await actions.createData(REVIEW_POOL_MODULE, JSON.stringify(pool));
      actions.addRoute({
        path: PROGRESS_PATH,
        component: '@site/src/components/ProgressPage',
        // By its alias, not the absolute path `createData` returns: the module's name is written
        // into the client bundle, which must not carry the building machine's paths.
        modules: { course: `@generated/${PROGRESS_PLUGIN_NAME}/default/${COURSE_MODULE}` },
        exact: true,
      });
    },
  };
}
