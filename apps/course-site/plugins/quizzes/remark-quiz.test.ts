import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import remarkQuiz from './remark-quiz';
import { shownPath } from './shown-path';

let quizzes: string;

beforeAll(async () => {
  quizzes = await mkdtemp(join(tmpdir(), 'tmm-remark-'));
  await writeFile(join(quizzes, 'the-meeting.quiz.yaml'), 'id: the-meeting\n');
});

afterAll(async () => {
  await rm(quizzes, { recursive: true, force: true });
});

const componentModules = { Quiz: '@site/src/components/Quiz', QuizSource: '@site/src/QS' };

const compileMdx = (value: string, path = join(quizzes, 'lesson.mdx')) =>
  compile(
    { value, path },
    {
      remarkPlugins: [
        [
          remarkQuiz,
          { quizDirectories: [quizzes], moduleDirectory: '@generated/q', componentModules },
        ],
      ],
      jsx: true,
    },
  ).then(String);

describe('the quiz remark plugin', () => {
  it("turns <Quiz id> into the quiz's module import, passed as the quiz prop", async () => {
    const code = await compileMdx('# Lesson\n\n<Quiz id="the-meeting" />\n');

    expect(code).toContain('import __quiz0 from "@generated/q/quiz-the-meeting.json";');
    expect(code).toContain('<Quiz quiz={__quiz0} />');
    expect(code).not.toContain('id="the-meeting"');
  });

  it('imports a quiz once when a page embeds it twice, and its source separately', async () => {
    const code = await compileMdx(
      '<QuizSource id="the-meeting" />\n\n<Quiz id="the-meeting" />\n\n<Quiz id="the-meeting" />\n',
    );

    expect(code.match(/import __quiz\d from/g)).toHaveLength(2);
    expect(code).toContain('import __quiz0 from "@generated/q/source-the-meeting.json";');
    expect(code).toMatch(/<QuizSource source=\{__quiz0\} \/>/);
    expect(code.match(/quiz=\{__quiz1\}/g)).toHaveLength(2);
  });

  it('leaves a page without quizzes untouched: it imports neither data nor components', async () => {
    const code = await compileMdx('# Lesson\n\nNo quiz here.\n');

    expect(code).not.toContain('__quiz');
    expect(code).not.toContain('import');
  });

  it('imports each component a page uses, once, from its module', async () => {
    const code = await compileMdx('<Quiz id="the-meeting" />\n\n<Quiz id="the-meeting" />\n');

    expect(code.match(/import Quiz from "@site\/src\/components\/Quiz";/g)).toHaveLength(1);
    expect(code).not.toContain('QuizSource');
    // The element is the imported binding, not a component looked up at run time.
    expect(code).not.toContain('_missingMdxReference("Quiz"');

    const both = await compileMdx('<QuizSource id="the-meeting" />\n\n<Quiz id="the-meeting" />\n');
    expect(both).toContain('import QuizSource from "@site/src/QS";');
    expect(both).toContain('import Quiz from "@site/src/components/Quiz";');
  });

  it("keeps a page's own import of a component", async () => {
    const code = await compileMdx('import Quiz from "./MyQuiz";\n\n<Quiz id="the-meeting" />\n');

    expect(code).toContain('import Quiz from "./MyQuiz";');
    expect(code).not.toContain('@site/src/components/Quiz');
  });

  it('fails on an unknown quiz id with the page, line and column, and a suggestion', async () => {
    const page = join(quizzes, 'lesson.mdx');

    await expect(
      compileMdx('# Lesson\n\nText.\n\n  <Quiz id="the-meetings" />\n', page),
    ).rejects.toThrow(
      `${shownPath(page)}:5:3: error: there is no quiz 'the-meetings': no file the-meetings.quiz.yaml in ${shownPath(quizzes)}; did you mean 'the-meeting'?`,
    );
  });

  it('fails on a <Quiz> without an id, or with an expression for it', async () => {
    await expect(compileMdx('<Quiz />\n')).rejects.toThrow(
      ':1:1: error: <Quiz> needs the quiz id, as in <Quiz id="the-meeting" />',
    );
    await expect(compileMdx('<Quiz id={name} />\n')).rejects.toThrow(
      ':1:1: error: <Quiz> takes the quiz id as plain text in quotes, as in id="the-meeting", not an expression',
    );
  });
});
