import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkQuizFiles } from '../quizzes/check-quiz-files';
import { courseLayout, courseQuizFiles } from '../quizzes/course-layout';
import { courseLessons, courseQuestions, courseQuizzes } from './course-index';

const siteDir = fileURLToPath(new URL('../..', import.meta.url));

/** The docs plugin's content, reduced to what it holds for two lessons and the introduction. */
const docsContent = {
  loadedVersions: [
    {
      docs: [
        {
          id: '02-dprk-threat',
          slug: '/dprk-threat',
          title: 'The DPRK threat and denuclearization',
          permalink: '/lessons/dprk-threat',
          frontMatter: {
            sidebar_label: '2. The DPRK threat',
            key_points: ['denuclearization', 'condemn-space-launch'],
          },
          unversionedId: '02-dprk-threat',
        },
        {
          id: 'index',
          slug: '/',
          title: 'About this course',
          permalink: '/lessons',
          frontMatter: { sidebar_label: 'About this course' },
        },
        {
          id: '01-the-meeting',
          slug: '/the-meeting',
          title: 'The meeting: who, where, when and why',
          permalink: '/lessons/the-meeting',
          frontMatter: { key_points: ['denuclearization'] },
        },
      ],
      sidebars: {
        lessons: [
          { type: 'doc', id: 'index' },
          { type: 'doc', id: '01-the-meeting' },
          { type: 'link', href: 'https://example.org', label: 'Elsewhere' },
          { type: 'category', label: 'Later', items: [{ type: 'doc', id: '02-dprk-threat' }] },
        ],
      },
    },
  ],
};

describe('the lessons the progress page lists', () => {
  it('are the docs of the lessons sidebar with key points, in sidebar order', () => {
    const lessons = courseLessons(docsContent, 'lessons');

    expect(lessons.map((lesson) => lesson.docId)).toEqual(['01-the-meeting', '02-dprk-threat']);
  });

  it('are known by their slug, as lesson completion is, and carry title, label, link and key points', () => {
    const [, second] = courseLessons(docsContent, 'lessons');

    expect(second).toEqual({
      id: 'dprk-threat',
      docId: '02-dprk-threat',
      title: 'The DPRK threat and denuclearization',
      label: '2. The DPRK threat',
      permalink: '/lessons/dprk-threat',
      keyPointIds: ['denuclearization', 'condemn-space-launch'],
    });
  });

  it('fall back on the title when a lesson has no sidebar label', () => {
    const [first] = courseLessons(docsContent, 'lessons');

    expect(first?.label).toBe('The meeting: who, where, when and why');
  });

  it('name a missing sidebar rather than list nothing', () => {
    expect(() => courseLessons(docsContent, 'course')).toThrow(/no sidebar "course"/);
  });

  it('refuse docs content of an unexpected shape', () => {
    expect(() => courseLessons({ loadedVersions: [{ docs: 'none' }] }, 'lessons')).toThrow();
  });
});

describe('the questions mastery counts', () => {
  it('are every question of the course quizzes, and none of the guide’s examples', async () => {
    const report = await checkQuizFiles(await courseQuizFiles(courseLayout(siteDir)));

    const quizzes = courseQuizzes(report);
    const questions = courseQuestions(quizzes);

    expect(quizzes.map((quiz) => quiz.id)).toContain('the-meeting');
    expect(quizzes.some((quiz) => quiz.id.startsWith('example-'))).toBe(false);
    expect(questions.length).toBe(quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0));
    expect(questions.every((question) => question.questionHash.length > 0)).toBe(true);
    expect(questions.find((question) => question.questionId === 'dprk-threats')).toMatchObject({
      quizId: 'the-meeting',
      keyPointIds: ['denuclearization'],
    });
  });
});
