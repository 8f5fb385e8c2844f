import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { courseLayout } from '../quizzes/course-layout';
import { lessonOf } from '../quizzes/lessons';
import { loadCourse } from '../quizzes/load-course';
import { courseIndexSchema } from './contract';
import { courseQuestions, courseQuizNames, loadedCourse } from './course-index';

const siteDir = fileURLToPath(new URL('../..', import.meta.url));
const files = await loadCourse(courseLayout(siteDir));
/** The quiz plugin's content, as the progress plugin receives it. */
const quizContent = JSON.parse(
  JSON.stringify({ quizzes: files.quizzes, lessons: files.lessons.map(lessonOf) }),
);

describe('the course the progress page knows', () => {
  it('has the lessons the quiz plugin read, in course order', () => {
    const { lessons } = loadedCourse(quizContent);

    expect(lessons.map((lesson) => [lesson.number, lesson.id])).toEqual([
      [1, 'the-meeting'],
      [2, 'dprk-threat'],
      [3, 'missile-warning-data'],
      [4, 'information-sharing'],
      [5, 'exercises-and-cooperation'],
      [6, 'rule-of-law'],
      [7, 'alliance-commitments'],
      [8, 'self-assessment'],
    ]);
  });

  it('has every question of the course quizzes, and none of the guide’s examples', () => {
    const { quizzes } = loadedCourse(quizContent);
    const questions = courseQuestions(quizzes);

    expect(quizzes.map((quiz) => quiz.id)).toContain('the-meeting');
    expect(quizzes.some((quiz) => quiz.id.startsWith('example-'))).toBe(false);
    expect(questions.length).toBe(quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0));
    expect(questions.every((question) => (question.questionHash ?? '').length > 0)).toBe(true);
    expect(questions.find((question) => question.questionId === 'dprk-threats')).toMatchObject({
      quizId: 'the-meeting',
      keyPointIds: ['denuclearization'],
    });
  });

  it('names each course quiz by its title, and none of the guide’s examples', () => {
    const { quizzes } = loadedCourse(quizContent);
    const names = courseQuizNames(quizzes);

    expect(names.map((name) => name.id)).toEqual(quizzes.map((quiz) => quiz.id));
    expect(names.find((name) => name.id === 'the-meeting')?.title).toBe(
      quizzes.find((quiz) => quiz.id === 'the-meeting')?.title,
    );
    expect(names.every((name) => name.title.length > 0)).toBe(true);
    expect(names.some((name) => name.id.startsWith('example-'))).toBe(false);
  });

  it('makes a course module the page’s schema accepts', () => {
    const { quizzes, lessons } = loadedCourse(quizContent);

    const parsed = courseIndexSchema().safeParse({
      lessons,
      questions: courseQuestions(quizzes),
      quizzes: courseQuizNames(quizzes),
    });

    expect(parsed.success).toBe(true);
  });

  it('refuses quiz plugin content of an unexpected shape', () => {
    expect(() => loadedCourse({ quizzes: [], lessons: 'none' })).toThrow();
  });
});
