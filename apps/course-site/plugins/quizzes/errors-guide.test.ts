import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatError } from '@tmm/quiz-engine/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuizFiles } from './check-quiz-files';

/** The guide page whose examples this test keeps true. */
const guide = join(import.meta.dirname, '..', '..', 'instructors', 'errors.mdx');

interface GuideExample {
  readonly heading: string;
  readonly file: string;
  readonly messages: readonly string[];
}

/**
 * The examples of the errors guide, as an instructor reads them in the page's source: under each
 * `###` heading, a YAML block titled `quizzes/my-quiz.quiz.yaml` and a text block of messages.
 */
function guideExamples(text: string): GuideExample[] {
  return text
    .split(/^### /m)
    .slice(1)
    .flatMap((section) => {
      const file = /```yaml title="quizzes\/my-quiz\.quiz\.yaml"\n([\s\S]*?)```/.exec(section);
      const messages = /```text\n([\s\S]*?)\n```/.exec(section);
      if (!file?.[1] || !messages?.[1]) return [];
      const heading = section.split('\n', 1)[0] ?? '';
      return [{ heading, file: file[1], messages: messages[1].split('\n') }];
    });
}

const examples = guideExamples(await readFile(guide, 'utf8'));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tmm-error-guide-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the errors guide's examples", () => {
  it('are many, each with a file and the messages it gives', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(examples.every((example) => example.messages.length > 0)).toBe(true);
  });

  it.each(examples.map((example, index) => [example.heading, index, example] as const))(
    'gives for "%s" the messages the guide shows',
    async (_, index, example) => {
      // Each file in a folder of its own, under the name the guide gives it.
      await mkdir(join(dir, String(index)));
      const path = join(dir, String(index), 'my-quiz.quiz.yaml');
      await writeFile(path, example.file);

      const report = await checkQuizFiles([{ path, role: 'course' }], {
        show: () => 'quizzes/my-quiz.quiz.yaml',
      });
      const errors = report.problems.filter((problem) => problem.severity === 'error');

      expect(errors.map(formatError)).toEqual(example.messages);
    },
  );
});
