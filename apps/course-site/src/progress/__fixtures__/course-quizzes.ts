import { fileURLToPath } from 'node:url';
import type { Quiz } from '@tmm/quiz-engine';
import { courseQuizzes } from '../../../plugins/progress/course-index';
import { checkQuizFiles } from '../../../plugins/quizzes/check-quiz-files';
import { courseLayout, courseQuizFiles } from '../../../plugins/quizzes/course-layout';

const siteDir = fileURLToPath(new URL('../../..', import.meta.url));

/** The course's quizzes (not the guide's examples), built as the site builds them. */
export async function loadCourseQuizzes(): Promise<Quiz[]> {
  const report = await checkQuizFiles(await courseQuizFiles(courseLayout(siteDir)));
  return courseQuizzes(report);
}
