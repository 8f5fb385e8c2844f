/** A problem found in a quiz file, located for a person to fix. */
export interface QuizError {
  readonly severity: 'error' | 'warning';
  /** The file name given to the parser. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units as editors count them. */
  readonly column: number;
  /** Where in the document, e.g. `questions[2].options[1].text` (indexes from 0); empty at the root. */
  readonly path: string;
  /** A sentence a person can act on. */
  readonly message: string;
}

/** Formats a problem as compilers do: `file:LINE:COL: error: message (at path)`. */
export function formatError(error: QuizError): string {
  const at = error.path ? ` (at ${error.path})` : '';
  return `${error.file}:${error.line}:${error.column}: ${error.severity}: ${error.message}${at}`;
}

/** Orders problems by position, then message, so reports read top to bottom. */
export function byPosition(a: QuizError, b: QuizError): number {
  return a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Writes a document path as `questions[2].options[1].text`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
