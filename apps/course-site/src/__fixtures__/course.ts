import { fileURLToPath } from 'node:url';
import type { Quiz } from '@tmm/quiz-engine';
import { loadedCourse } from '../../plugins/progress/course-index';
import { courseLayout } from '../../plugins/quizzes/course-layout';
import { lessonOf } from '../../plugins/quizzes/lessons';
import { loadCourse } from '../../plugins/quizzes/load-course';

const siteDir = fileURLToPath(new URL('../..', import.meta.url));

/** The course as the build loads it: its quizzes (not the guide's examples) and lessons. */
export const course = await loadCourse(courseLayout(siteDir)).then((files) =>
  loadedCourse({ quizzes: files.quizzes, lessons: files.lessons.map(lessonOf) }),
);

/** A quiz of the course (`quizzes/<id>.quiz.yaml`), as the build built it. */
export function courseQuiz(id: string): Quiz {
  const quiz = course.quizzes.find((candidate) => candidate.id === id);
  if (quiz === undefined) throw new Error(`The course has no quiz '${id}'.`);
  return quiz;
}
