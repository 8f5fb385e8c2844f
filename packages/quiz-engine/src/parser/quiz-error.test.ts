import { describe, expect, it } from 'vitest';
import { formatError, formatPath } from './quiz-error';

describe('formatError', () => {
  it('writes file, line, column, severity, message and path', () => {
    expect(
      formatError({
        severity: 'error',
        file: 'quizzes/intro.yaml',
        line: 12,
        column: 7,
        path: 'questions[2].options[1].text',
        message: "'text' must not be empty",
      }),
    ).toBe(
      "quizzes/intro.yaml:12:7: error: 'text' must not be empty (at questions[2].options[1].text)",
    );
  });

  it('leaves out the path at the root of the document', () => {
    expect(
      formatError({
        severity: 'warning',
        file: 'a.yaml',
        line: 1,
        column: 1,
        path: '',
        message: 'the file is empty',
      }),
    ).toBe('a.yaml:1:1: warning: the file is empty');
  });

  it('writes no line and column for a problem that has no place in a file', () => {
    expect(
      formatError({
        severity: 'warning',
        file: 'docs',
        path: '',
        message: "key point 'kp' is tested by no question",
      }),
    ).toBe("docs: warning: key point 'kp' is tested by no question");
  });
});

describe('formatPath', () => {
  it('joins keys with dots and writes indexes in brackets', () => {
    expect(formatPath(['questions', 2, 'options', 1, 'text'])).toBe('questions[2].options[1].text');
    expect(formatPath([])).toBe('');
  });
});
