import { relative } from 'node:path';

/**
 * The folder the command was typed in. `npm start`, `npm run build` and
 * `npm run check:quizzes` run in another folder (the package's or the root), but npm keeps the
 * one typed in as INIT_CWD; without npm it is the working directory.
 */
export function commandDirectory(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/**
 * A file as every message of the checker, the build and the dev server names it: relative to
 * the folder the command was typed in, so that the terminal it was typed in (an editor's
 * terminal, usually at the root of the repository) opens `path:line:column` at the place.
 *
 * @example shownPath('/repo/apps/course-site/quizzes/x.quiz.yaml', '/repo') // 'apps/course-site/quizzes/x.quiz.yaml'
 */
export function shownPath(path: string, from: string = commandDirectory()): string {
  return relative(from, path) || path;
}
