// The progress plugin's contract with the site: what its generated modules hold, their names,
// and the schemas the page checks them with. Browser-safe: the progress page imports it.
import type { Quiz } from '@tmm/quiz-engine';
// zod/mini: the progress page checks its course module with these in the browser.
import * as z from 'zod/mini';
import { lazily } from '../../shared/lazily';
import type { QuestionRef } from '../../shared/question-ref';
import '../../shared/zod-english';
import type { Lesson } from '../quizzes/contract';

/** The plugin's name; its modules are generated under `@generated/<name>/default/`. */
export const PROGRESS_PLUGIN_NAME = 'tmm-progress';

/** Where the progress page lives. */
export const PROGRESS_PATH = '/progress';

/** The generated module the progress page's route loads: the course index. */
export const COURSE_MODULE = 'course.json';

/** The generated module the review session imports on demand. */
export const REVIEW_POOL_MODULE = 'review-pool.json';

/** What the progress page knows of the course: the lessons in order and every live question. */
export interface CourseIndex {
  readonly lessons: readonly Lesson[];
  /** Every question of the course quizzes, with its content hash and key points (no text). */
  readonly questions: readonly QuestionRef[];
  /** The course quizzes by id and title, to name a quiz the progress mentions. */
  readonly quizzes: readonly QuizName[];
}

/** A course quiz's id and title. */
export interface QuizName {
  readonly id: string;
  readonly title: string;
}

/** The course quizzes a review session draws its questions from, loaded on demand. */
export interface ReviewPool {
  readonly quizzes: readonly Quiz[];
}

// Every schema here is built on first use (`lazily`): the progress page's bundle holds this
// module, and needs only `courseIndexSchema`, and only once progress is shown.

/**
 * A quiz as the quiz plugin built it (with the engine's parser). The fields read here are
 * checked; the rest is the engine's own output and passes through as the engine typed it.
 */
export const builtQuizSchema = lazily(() => {
  const builtQuizShape = z.looseObject({
    id: z.string(),
    title: z.string(),
    questions: z.array(
      z.looseObject({ id: z.string(), hash: z.string(), keyPoints: z.array(z.string()) }),
    ),
  });
  return z.custom<Quiz>((value) => builtQuizShape.safeParse(value).success);
});

/** A lesson as the quiz plugin read it. */
export const lessonSchema = lazily(
  () =>
    z.object({
      id: z.string(),
      number: z.number(),
      title: z.string(),
      permalink: z.string(),
      keyPointIds: z.array(z.string()),
      teaches: z.boolean(),
      quizIds: z.array(z.string()),
    }) satisfies z.ZodMiniType<Lesson>,
);

/** The progress page's course module, checked where the page reads it. */
export const courseIndexSchema = lazily(
  () =>
    z.object({
      lessons: z.array(lessonSchema()),
      questions: z.array(
        z.object({
          quizId: z.string(),
          questionId: z.string(),
          questionHash: z.string(),
          keyPointIds: z.array(z.string()),
          questionType: z.optional(z.string()),
        }),
      ),
      quizzes: z.array(z.object({ id: z.string(), title: z.string() })),
    }) satisfies z.ZodMiniType<CourseIndex>,
);

/** The review pool module, checked where "Review now" loads it. */
export const reviewPoolSchema = lazily(
  () =>
    z.object({
      quizzes: z.array(builtQuizSchema()),
    }) satisfies z.ZodMiniType<ReviewPool>,
);
