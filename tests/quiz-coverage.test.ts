import type { Question, QuestionType } from '@tmm/quiz-engine';
import { keyPoints } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { courseQuizzes, lessons } from './support/course-quizzes';

// The course's quizzes parsed with the engine and checked against the statement, as the site
// builds them, and held to what the course promises its students.

const quizzes = courseQuizzes();

/** The quizzes a lesson embeds, as the build reads the page. */
const embedsOf = (lesson: (typeof lessons)[number]) =>
  lesson.page.quizIds.filter((embed) => embed.component === 'Quiz').map((embed) => embed.value);

const teaching = lessons.filter((lesson) => lesson.teaches);
const lessonQuizzes = teaching.map((lesson) => {
  const found = quizzes.find(({ quiz }) => quiz.id === lesson.id);
  if (!found) throw new Error(`No quiz file ${lesson.id}.quiz.yaml for the lesson ${lesson.id}`);
  return { lesson, quiz: found.quiz };
});
const selfAssessment = quizzes.find(({ quiz }) => quiz.id === 'self-assessment')?.quiz;

const typesOf = (questions: readonly Question[]) =>
  new Set<QuestionType>(questions.map((question) => question.type));

describe('the course quizzes', () => {
  it('are one practice quiz for each of the seven teaching lessons, and the self-assessment', () => {
    expect(teaching).toHaveLength(7);
    expect(quizzes.map(({ quiz }) => quiz.id).sort()).toEqual(
      [...teaching.map((lesson) => lesson.id), 'self-assessment'].sort(),
    );
  });

  it('each start with the schema line, so editors check them as they are written', () => {
    for (const { fileName, text } of quizzes)
      expect(text.split('\n')[0], fileName).toBe(
        '# yaml-language-server: $schema=../../../packages/quiz-engine/quiz.schema.json',
      );
  });

  it('test every key point with questions of at least two types', () => {
    const questions = quizzes.flatMap(({ quiz }) => quiz.questions);
    const thin = keyPoints()
      .map((point) => ({
        id: point.id,
        types: [...typesOf(questions.filter((q) => q.keyPoints.includes(point.id)))],
      }))
      .filter(({ types }) => types.length < 2);

    expect(thin).toEqual([]);
  });

  it('give every question evidence, key points, feedback both ways and an explanation', () => {
    const lacking = quizzes.flatMap(({ quiz }) =>
      quiz.questions
        .filter(
          (question) =>
            question.evidence.length === 0 ||
            question.keyPoints.length === 0 ||
            !question.feedback.correct ||
            !question.feedback.incorrect ||
            !question.explanation,
        )
        .map((question) => `${quiz.id}/${question.id}`),
    );

    expect(lacking).toEqual([]);
  });
});

describe('each lesson quiz', () => {
  it.each(lessonQuizzes.map(({ lesson, quiz }) => [lesson.id, quiz] as const))(
    'in %s is a practice quiz of 4 to 6 questions in 3 or more types, select-the-evidence among them, with a hint ladder',
    (_, quiz) => {
      const types = typesOf(quiz.questions);

      expect(quiz.behaviour).toBe('practice');
      expect(quiz.questions.length).toBeGreaterThanOrEqual(4);
      expect(quiz.questions.length).toBeLessThanOrEqual(6);
      expect(types.size).toBeGreaterThanOrEqual(3);
      expect(types).toContain('select-evidence');
      expect(quiz.questions.some((question) => question.hints.length >= 2)).toBe(true);
    },
  );

  it.each(lessonQuizzes.map(({ lesson, quiz }) => [lesson.id, lesson, quiz] as const))(
    'in %s is embedded in its lesson and tests only the key points the lesson lists',
    (_, lesson, quiz) => {
      const tested = [...new Set(quiz.questions.flatMap((question) => question.keyPoints))];

      expect(embedsOf(lesson)).toEqual([quiz.id]);
      expect(tested.filter((id) => !lesson.keyPointIds.includes(id))).toEqual([]);
    },
  );
});

describe('the self-assessment', () => {
  it('is a test that draws questions per key point from a pool over every key point', () => {
    const firstKeyPoints = new Set(selfAssessment?.questions.map((q) => q.keyPoints[0]));

    expect(selfAssessment?.behaviour).toBe('test');
    expect(selfAssessment?.settings.pool?.perKeyPoint).toBe(true);
    expect([...firstKeyPoints].sort()).toEqual(
      keyPoints()
        .map((point) => point.id)
        .sort(),
    );
  });

  it('offers each key point more questions than an attempt draws, in at least two types', () => {
    const draw = selfAssessment?.settings.pool?.draw ?? 0;
    const pools = keyPoints().map((point) => {
      const pool = selfAssessment?.questions.filter((q) => q.keyPoints[0] === point.id) ?? [];
      return { id: point.id, size: pool.length, types: typesOf(pool).size };
    });

    expect(pools.filter(({ size, types }) => size <= draw || types < 2)).toEqual([]);
  });

  it('is embedded on the self-assessment page', () => {
    const page = lessons.find((lesson) => lesson.id === 'self-assessment');

    expect(page?.teaches).toBe(false);
    expect(page && embedsOf(page)).toEqual(['self-assessment']);
  });
});
