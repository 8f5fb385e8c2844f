// The quiz plugin's contract with the site: what its generated modules hold and where they are.
// Browser-safe: the site's pages import it, so nothing it reaches imports a Node module (a
// dependency rule checks that).
import type { Quiz, QuizError } from '@tmm/quiz-engine';

/** The quiz plugin's name; its modules are generated under `@generated/<name>/default/`. */
export const QUIZ_PLUGIN_NAME = 'tmm-quizzes';

/** Where pages import quiz modules from (the plugin is used once, with the default id). */
export const QUIZ_MODULE_DIRECTORY = `@generated/${QUIZ_PLUGIN_NAME}/default`;

/** Where the answer-key previews live in `docusaurus start`. */
export const PREVIEW_PATH = '/instructors/preview';

/**
 * A lesson of the course, as its front matter says (the plugin reads every lesson once, at
 * build): a page of the lessons whose front matter lists `key_points`.
 */
export interface Lesson {
  /** The lesson's slug without its slash (`the-meeting`): lesson progress is keyed to it. */
  readonly id: string;
  /** Its place in the course, `sidebar_position`. */
  readonly number: number;
  readonly title: string;
  /** The address of its page, e.g. `/lessons/the-meeting`. */
  readonly permalink: string;
  /** The key points its front matter lists (`key_points`). */
  readonly keyPointIds: readonly string[];
  /** Whether it teaches them: an `assessment: true` page (the self-assessment) only tests them. */
  readonly teaches: boolean;
  /** The quizzes its page embeds with `<Quiz id="…" />`, in page order (where an attempt resumes). */
  readonly quizIds: readonly string[];
}

/** The lessons that teach a key point, in course order. */
export function lessonsTeaching(lessons: readonly Lesson[], keyPointId: string): Lesson[] {
  return lessons.filter((lesson) => lesson.teaches && lesson.keyPointIds.includes(keyPointId));
}

/**
 * What `<Quiz>` receives: the parsed quiz with the lessons that teach the key points it tests
 * (its results link back to them), or, in `docusaurus start` only, the file's errors.
 */
export type QuizModule =
  | { readonly quiz: Quiz; readonly lessons: readonly Lesson[] }
  | { readonly errors: readonly QuizError[] };

/** What `<QuizSource>` receives: the quiz file as written. */
export interface QuizSourceModule {
  /** The file name, e.g. `example-ordering.quiz.yaml`. */
  readonly fileName: string;
  /** The text, or empty when the file could not be read. */
  readonly text: string;
}

/** An entry of the answer-key previews' index (`docusaurus start` only). */
export interface PreviewEntry {
  readonly id: string;
  readonly title?: string;
  readonly file: string;
  readonly errors: number;
  readonly path: string;
}

/**
 * How long a lesson takes, computed at build from its text and its quiz by the course's rule
 * (`plugins/quizzes/lesson-time.ts`): what the lesson's header says.
 */
export interface LessonTime {
  /** Words to read: the lesson's own text and the paragraphs of the statement it shows. */
  readonly words: number;
  readonly readingMinutes: number;
  /** Questions its quiz asks (those an attempt draws), 0 without a quiz. */
  readonly questions: number;
  readonly quizMinutes: number;
}

/** The generated module of a lesson's time estimate, by lesson id. */
export function lessonTimeModuleName(lessonId: string): string {
  return `lesson-time-${lessonId}.json`;
}

/** The generated module of a quiz (`quiz`) or of its source (`source`), by quiz id. */
export function quizModuleName(kind: 'quiz' | 'source', id: string): string {
  return `${kind}-${id}.json`;
}

/** Whether a quiz module holds errors rather than a quiz. */
export function isQuizErrors(
  module: QuizModule,
): module is { readonly errors: readonly QuizError[] } {
  return 'errors' in module;
}
