import { fileURLToPath } from 'node:url';
import type { Question, Quiz } from '@tmm/quiz-engine';
import { courseLayout } from '../../apps/course-site/plugins/quizzes/course-layout';
import type { LessonFile } from '../../apps/course-site/plugins/quizzes/lessons';
import { loadCourse } from '../../apps/course-site/plugins/quizzes/load-course';

// The course as the site's build loads it: every quiz checked by the build's checker, with the
// build's resolver of evidence anchors, key points and glossary terms, and the lessons read by
// the build's reader. The tests hold the course to its promises through the code that ships it.

const siteDir = fileURLToPath(new URL('../../apps/course-site/', import.meta.url));
const loaded = await loadCourse(courseLayout(siteDir));
if (loaded.errors.length > 0)
  throw new Error(
    `The course does not load: ${loaded.errors.map((error) => error.message).join('; ')}`,
  );

/** A course quiz file, as written and as built. */
export interface CourseQuizFile {
  readonly fileName: string;
  readonly text: string;
  readonly quiz: Quiz;
}

const quizFiles: readonly CourseQuizFile[] = loaded.quizzes.flatMap((checked) =>
  checked.file.role === 'course' && checked.quiz !== undefined && checked.text !== undefined
    ? [{ fileName: `${checked.id}.quiz.yaml`, text: checked.text, quiz: checked.quiz }]
    : [],
);

/** One course quiz file by quiz id; an unknown id fails loudly. */
export function courseQuiz(id: string): CourseQuizFile {
  const found = quizFiles.find((file) => file.quiz.id === id);
  if (found === undefined) throw new Error(`The course has no quiz '${id}'`);
  return found;
}

/**
 * The course question a quiz's screen shows: a lesson's by its id, a review's (`review-session`)
 * by `<quiz>--<question>`. An unknown one fails loudly.
 */
export function courseQuestion(quizId: string, id: string): Question {
  const [owner, questionId] = quizId === 'review-session' ? id.split('--') : [quizId, id];
  const question = quizFiles
    .find((file) => file.quiz.id === owner)
    ?.quiz.questions.find((candidate) => candidate.id === questionId);
  if (question === undefined) throw new Error(`The course has no question ${id} in ${quizId}`);
  return question;
}

/** Every quiz of the course (not the guide's examples), in file name order. */
export function courseQuizzes(): readonly CourseQuizFile[] {
  return quizFiles;
}

/** The lessons in course order, as the build reads them from their front matter. */
export const lessons: readonly LessonFile[] = loaded.lessons;
