import type { Quiz } from '@tmm/quiz-engine';
// zod/mini, as the contract: one zod build for the plugin and the page.
import * as z from 'zod/mini';
import { lazily } from '../../shared/lazily';
import type { QuestionRef } from '../../shared/question-ref';
import '../../shared/zod-english';
import type { Lesson } from '../quizzes/contract';
import { builtQuizSchema, lessonSchema, type QuizName } from './contract';

// The parts of the quiz plugin's content this plugin reads: parsed, since Docusaurus hands
// every plugin's content over as unknown.
const quizContentSchema = lazily(() =>
  z.object({
    quizzes: z.array(
      z.object({
        id: z.string(),
        file: z.object({ role: z.enum(['course', 'example']) }),
        quiz: z.optional(builtQuizSchema()),
      }),
    ),
    lessons: z.array(lessonSchema()),
  }),
);

/** The course as the quiz plugin loaded it: the course quizzes and the lessons. */
export interface LoadedCourse {
  /** The course quizzes, not the authoring guide's examples. */
  readonly quizzes: readonly Quiz[];
  /** The lessons in course order, as their front matter says. */
  readonly lessons: readonly Lesson[];
}

/**
 * The course quizzes (not the authoring guide's examples) and the lessons, from the quiz
 * plugin's content; a quiz file with errors has no quiz and is left out (the build fails on it
 * anyway).
 */
export function loadedCourse(quizContent: unknown): LoadedCourse {
  const content = quizContentSchema().parse(quizContent);
  const seen = new Set<string>();
  const quizzes = content.quizzes.flatMap((checked) => {
    // As in the quiz plugin, the first file with an id owns it.
    if (seen.has(checked.id)) return [];
    seen.add(checked.id);
    return checked.file.role === 'course' && checked.quiz !== undefined ? [checked.quiz] : [];
  });
  return { quizzes, lessons: content.lessons };
}

/** The given quizzes by id and title. */
export function courseQuizNames(quizzes: readonly Quiz[]): QuizName[] {
  return quizzes.map(({ id, title }) => ({ id, title }));
}

/** Every question of the given quizzes, with its content hash and key points. */
export function courseQuestions(quizzes: readonly Quiz[]): QuestionRef[] {
  return quizzes.flatMap((quiz) =>
    quiz.questions.map((question) => ({
      quizId: quiz.id,
      questionId: question.id,
      questionHash: question.hash,
      keyPointIds: [...question.keyPoints],
      questionType: question.type,
    })),
  );
}
