import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatError } from '@tmm/quiz-engine/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuizFiles } from '../../../plugins/quizzes/check-quiz-files';
import { errorExamples } from './error-examples';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tmm-error-guide-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the guide's examples of errors", () => {
  it.each(errorExamples.map((example) => [example.id, example] as const))(
    'gives for %s the messages the guide shows',
    async (id, example) => {
      const path = join(dir, `${id}.quiz.yaml`);
      await writeFile(path, example.file);

      const report = await checkQuizFiles([{ path, role: 'course' }], {
        show: () => 'quizzes/my-quiz.quiz.yaml',
      });
      const errors = report.problems.filter((problem) => problem.severity === 'error');

      expect(errors.map(formatError)).toEqual(example.messages);
      expect(example.messages.length).toBeGreaterThan(0);
    },
  );
});
