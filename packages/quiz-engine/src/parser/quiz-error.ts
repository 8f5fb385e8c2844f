/**
 * A problem found in a quiz file (or in the course around it), located for a person to fix.
 * The parser's problems always have a line and column; a checker of a whole course may report
 * one that has no place in a file (about a folder), without them.
 */
export interface QuizError {
  readonly severity: 'error' | 'warning';
  /** The file name given to the parser (or the file or folder, as shown). */
  readonly file: string;
  /** 1-based line. */
  readonly line?: number;
  /** 1-based column, counted in UTF-16 code units as editors count them. */
  readonly column?: number;
  /** Where in the document, e.g. `questions[2].options[1].text` (indexes from 0); empty at the root. */
  readonly path: string;
  /** A sentence a person can act on. */
  readonly message: string;
}

/**
 * Formats a problem as compilers do: `file:LINE:COL: error: message (at path)`, or
 * `file: error: message` for a problem with no place in a file.
 *
 * @example formatError(e) // "quizzes/x.quiz.yaml:4:3: error: missing required key 'id' (at questions[0])"
 */
export function formatError(error: QuizError): string {
  const place = error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`;
  const at = error.path ? ` (at ${error.path})` : '';
  return `${error.file}${place}: ${error.severity}: ${error.message}${at}`;
}

/** Orders problems by position, then message, so reports read top to bottom. */
export function byPosition(a: QuizError, b: QuizError): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.message.localeCompare(b.message)
  );
}

/** Writes a document path as `questions[2].options[1].text`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
