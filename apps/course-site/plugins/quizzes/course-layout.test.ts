import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_LINE } from './check-quiz-files';
import { courseLayout, courseQuizFiles, quizIdOf } from './course-layout';

const layout = courseLayout(join(import.meta.dirname, '..', '..'));
const files = await courseQuizFiles(layout);

describe('the quiz files of the course', () => {
  it('are the lesson quizzes and the guide examples, examples last', () => {
    const roles = files.map((file) => file.role);

    expect(roles.filter((role) => role === 'example')).toHaveLength(8);
    expect(roles.indexOf('example')).toBe(roles.length - 8);
  });

  it.each(files.map((file) => [file.path.slice(layout.courseQuizzes.length + 1), file.path]))(
    '%s starts with the schema line, naming the quiz schema that exists',
    (_, path) => {
      const [firstLine = ''] = readFileSync(path, 'utf8').split('\n', 1);
      const schemaPath = SCHEMA_LINE.exec(firstLine)?.[1] ?? '';

      expect(firstLine).toMatch(SCHEMA_LINE);
      expect(schemaPath.endsWith('packages/quiz-engine/quiz.schema.json')).toBe(true);
      expect(existsSync(resolve(dirname(path), schemaPath))).toBe(true);
    },
  );

  it('take their quiz id from the file name', () => {
    expect(quizIdOf('/site/quizzes/the-meeting.quiz.yaml')).toBe('the-meeting');
    expect(quizIdOf('/site/quizzes/the-meeting.quiz.json')).toBe('the-meeting');
  });
});
