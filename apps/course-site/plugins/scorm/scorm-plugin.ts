import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadedCourse } from '../progress/course-index';
import { QUIZ_PLUGIN_NAME } from '../quizzes/contract';
import { courseLayout } from '../quizzes/course-layout';
import { readLessons } from '../quizzes/lessons';
import { SCORM_PLUGIN_NAME } from './contract';
import { scormCourse } from './course';

/**
 * In the SCORM build only (`COURSE_TARGET=scorm`): hands the runtime adapter what it reports
 * from (the lessons in order, the self-assessment's quiz and pass mark) as global data.
 */
export default function scormPlugin(
  context: Pick<LoadContext, 'siteDir' | 'baseUrl'>,
): Plugin<void> {
  return {
    name: SCORM_PLUGIN_NAME,
    async allContentLoaded({ allContent, actions }) {
      const { quizzes } = loadedCourse(allContent[QUIZ_PLUGIN_NAME]?.default);
      const { lessons } = await readLessons(courseLayout(context.siteDir), {
        baseUrl: context.baseUrl,
      });
      const { course, warnings } = scormCourse(lessons, quizzes);
      for (const warning of warnings) console.warn(`[SCORM] ${warning}`);
      actions.setGlobalData(course);
    },
  };
}
