import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import QuizErrors from '.';

describe('the errors of a quiz file on the page', () => {
  it("shows a file's errors, each located, in an alert instead of the quiz", () => {
    const errors = [
      {
        severity: 'error' as const,
        file: 'quizzes/broken.quiz.yaml',
        line: 7,
        column: 13,
        path: 'questions[0].answer',
        message: "'answer' must be true or false, not 'maybe'",
      },
    ];

    const html = renderToStaticMarkup(<QuizErrors errors={errors} />);

    expect(html).toContain('role="alert"');
    expect(html).toContain(
      '<code>quizzes/broken.quiz.yaml:7:13: error: &#x27;answer&#x27; must be true or false, not &#x27;maybe&#x27; (at questions[0].answer)</code>',
    );
  });
});
