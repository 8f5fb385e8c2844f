import { join } from 'node:path';
import { defaultSeed, drawQuestions, type Quiz } from '@tmm/quiz-engine';
import { paragraphText } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { courseLayout } from './course-layout';
import { lessonTime, TIME_RULE } from './lesson-time';
import { loadCourse } from './load-course';

const siteDir = join(import.meta.dirname, '..', '..');
const course = await loadCourse(courseLayout(siteDir));
const quizzes: Quiz[] = course.quizzes.flatMap((checked) => (checked.quiz ? [checked.quiz] : []));
const lesson = (id: string) => {
  const found = course.lessons.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no lesson ${id}`);
  return found;
};
const count = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

describe('the time estimate of the course’s lessons', () => {
  it('counts the lesson’s own words and those of the statement’s paragraphs it shows', () => {
    const lesson3 = lesson('missile-warning-data');
    const time = lessonTime(lesson3, quizzes);

    expect(lesson3.page.idLists['StatementExcerpt.paragraphs']).toEqual(['p3']);
    expect(time.words).toBe(lesson3.page.words + count(paragraphText('p3')));
    expect(lesson3.page.words).toBeGreaterThan(500);
    expect(time.readingMinutes).toBe(Math.ceil(time.words / TIME_RULE.wordsPerMinute));
  });

  it('counts the questions an attempt at the lesson’s quiz draws, a minute each', () => {
    for (const each of course.lessons) {
      const time = lessonTime(each, quizzes);
      const drawn = each.quizIds
        .map((id) => quizzes.find((quiz) => quiz.id === id))
        .reduce((sum, quiz) => sum + (quiz ? drawQuestions(quiz, defaultSeed(quiz)).length : 0), 0);
      expect(time.questions, each.id).toBe(drawn);
      expect(time.questions, each.id).toBeGreaterThan(0);
      expect(time.quizMinutes, each.id).toBe(drawn * TIME_RULE.minutesPerQuestion);
    }
  });

  it('gives a page with no words and no quiz a minute to read and no quiz', () => {
    const empty = {
      ...lesson('the-meeting'),
      quizIds: [],
      page: { ...lesson('the-meeting').page, words: 0, idLists: {} },
    };
    expect(lessonTime(empty, quizzes)).toEqual({
      words: 0,
      readingMinutes: 1,
      questions: 0,
      quizMinutes: 0,
    });
  });
});
