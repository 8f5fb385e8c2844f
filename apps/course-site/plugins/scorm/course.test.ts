import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { courseLayout } from '../quizzes/course-layout';
import { loadCourse } from '../quizzes/load-course';
import { scormCourse } from './course';

const loaded = await loadCourse(courseLayout(fileURLToPath(new URL('../..', import.meta.url))));
const quizzes = loaded.quizzes.flatMap((checked) => (checked.quiz ? [checked.quiz] : []));

describe('scormCourse', () => {
  it('reports the course’s lessons in order and its self-assessment with the quiz’s pass mark', () => {
    const { course, warnings } = scormCourse(loaded.lessons, quizzes);
    expect(warnings).toEqual([]);
    expect(course.lessonIds).toEqual(loaded.lessons.map((lesson) => lesson.id));
    const assessment = loaded.lessons.find((lesson) => !lesson.teaches);
    const quiz = quizzes.find((candidate) => candidate.id === course.assessment?.quizId);
    expect(course.assessment).toEqual({
      lessonId: assessment?.id,
      quizId: quiz?.id,
      passMark: quiz?.settings.passMark,
    });
    // The quiz is the one the assessment page embeds.
    expect(assessment?.page.quizIds.map((embed) => embed.value)).toContain(quiz?.id);
  });

  it('without an assessment lesson, or one that embeds no course quiz, reports completion only and says why', () => {
    const teaching = loaded.lessons.filter((lesson) => lesson.teaches);
    expect(scormCourse(teaching, quizzes)).toEqual({
      course: { lessonIds: teaching.map((lesson) => lesson.id), assessment: null },
      warnings: [
        'No lesson has `assessment: true`: the package reports completion, and no score or success.',
      ],
    });
    const noQuiz = scormCourse(loaded.lessons, []);
    expect(noQuiz.course.assessment).toBeNull();
    expect(noQuiz.warnings[0]).toMatch(
      /^The assessment lesson "self-assessment" embeds no course quiz/,
    );
  });
});
