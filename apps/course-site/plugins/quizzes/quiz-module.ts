import type { Quiz, QuizError } from '@tmm/quiz-engine';

/** The quiz plugin's name; its modules are generated under `@generated/<name>/default/`. */
export const QUIZ_PLUGIN_NAME = 'tmm-quizzes';

/** Where pages import quiz modules from (the plugin is used once, with the default id). */
export const QUIZ_MODULE_DIRECTORY = `@generated/${QUIZ_PLUGIN_NAME}/default`;

/** What `<Quiz>` receives: the parsed quiz or, in `docusaurus start` only, the file's errors. */
export type QuizModule = Quiz | { readonly errors: readonly QuizError[] };

/** What `<QuizSource>` receives: the quiz file as written. */
export interface QuizSourceModule {
  /** The file name, e.g. `example-ordering.quiz.yaml`. */
  readonly fileName: string;
  /** The text, or empty when the file could not be read. */
  readonly text: string;
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
