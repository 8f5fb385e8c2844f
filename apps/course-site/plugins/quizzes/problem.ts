/** A problem the checker found, located for a person to fix; `line` is absent for a folder. */
export interface Problem {
  readonly severity: 'error' | 'warning';
  /** The file or folder, as shown (relative to the working directory). */
  readonly file: string;
  /** 1-based line, with `column`; both absent when the problem has no place in a file. */
  readonly line?: number;
  readonly column?: number;
  /** Where in the document, e.g. `questions[2].options[1]`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

/**
 * Formats a problem as compilers do, the way the quiz engine's `formatError` does.
 * @example formatProblem(p) // 'quizzes/x.quiz.yaml:4:3: error: missing required key 'id' (at questions[0])'
 */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
  const at = problem.path ? ` (at ${problem.path})` : '';
  return `${problem.file}${place}: ${problem.severity}: ${problem.message}${at}`;
}

/** Orders problems by file, then position, so a report reads top to bottom (sort is stable). */
export function byFileAndPosition(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file, 'en') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}
