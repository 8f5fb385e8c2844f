import type { Quiz } from '@tmm/quiz-engine';
import type { LessonFile } from '../quizzes/lessons';
import type { ScormCourse } from './contract';

/**
 * What the SCORM adapter reports from, out of the lessons as the quiz plugin reads them and the
 * course quizzes: every lesson in course order, and the assessment lesson's quiz (the first
 * `<Quiz id>` of the page) with its pass mark. A course whose assessment page embeds no course
 * quiz reports completion only, and says why.
 */
export function scormCourse(
  lessons: readonly Pick<LessonFile, 'id' | 'teaches' | 'page'>[],
  quizzes: readonly Pick<Quiz, 'id' | 'settings'>[],
): { readonly course: ScormCourse; readonly warnings: readonly string[] } {
  const lessonIds = lessons.map((lesson) => lesson.id);
  const assessmentLesson = lessons.find((lesson) => !lesson.teaches);
  if (assessmentLesson === undefined)
    return {
      course: { lessonIds, assessment: null },
      warnings: [
        'No lesson has `assessment: true`: the package reports completion, and no score or success.',
      ],
    };
  const quizId = assessmentLesson.page.quizIds.find((embed) => embed.component === 'Quiz')?.value;
  const quiz = quizzes.find((candidate) => candidate.id === quizId);
  if (quiz === undefined)
    return {
      course: { lessonIds, assessment: null },
      warnings: [
        `The assessment lesson "${assessmentLesson.id}" embeds no course quiz with <Quiz id="…" />: the package reports completion, and no score or success.`,
      ],
    };
  return {
    course: {
      lessonIds,
      assessment: {
        lessonId: assessmentLesson.id,
        quizId: quiz.id,
        passMark: quiz.settings.passMark,
      },
    },
    warnings: [],
  };
}
