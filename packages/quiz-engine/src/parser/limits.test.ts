import { describe, expect, it } from 'vitest';
import { QUIZ_LIMITS } from './limits';
import { parseQuiz } from './parse-quiz';

const quiz = (prompt: string, questions = 1) =>
  `id: limits\ntitle: Limits\nquestions:\n${Array.from(
    { length: questions },
    (_, index) =>
      `  - id: q${index}\n    type: true-false\n    prompt: ${JSON.stringify(prompt)}\n    answer: true\n    keyPoints: [kp]\n`,
  ).join('')}`;

function errors(source: string | Uint8Array): string[] {
  const result = parseQuiz(source, { fileName: 'limits.quiz.yaml', resolve: 'unchecked' });
  return result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}

describe('limits of a quiz file', () => {
  it('accepts a quiz at every limit', () => {
    expect(errors(quiz('a'.repeat(QUIZ_LIMITS.textLength)))).toEqual([]);
    expect(errors(quiz('Q', QUIZ_LIMITS.questions))).toEqual([]);
  });

  it('refuses a file over the size limit before parsing it, naming the limit', () => {
    expect(errors(quiz('a'.repeat(QUIZ_LIMITS.fileBytes)))).toEqual([
      '1:1 the file is 250,120 bytes; a quiz file may be at most 250,000 bytes (split it into smaller quizzes)',
    ]);
  });

  it('refuses a text over the length limit, located at the text', () => {
    expect(errors(quiz('*_'.repeat(3_000)))).toEqual([
      '6:13 this text is 6,000 characters long; a text may be at most 5,000',
    ]);
  });

  it('refuses more questions than the limit, located at the list', () => {
    expect(errors(quiz('Q', QUIZ_LIMITS.questions + 1))).toEqual([
      '4:3 the quiz has 201 questions; a quiz may have at most 200 (split it into several quizzes)',
    ]);
  });

  it('refuses nesting deeper than the limit, however deep, without overflowing', () => {
    for (const depth of [QUIZ_LIMITS.depth + 1, 3_000]) {
      const [problem] = errors(
        `id: x\ntitle: y\nquestions: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
      );
      expect(problem).toMatch(
        /^3:\d+ the file nests mappings and lists more than 16 levels deep, the limit for a quiz file$/,
      );
    }
  });

  it('refuses NUL and other control characters in text, naming the character', () => {
    expect(errors(quiz('a\u0000b'))).toEqual([
      '6:13 this text holds the control character U+0000 (character 2); remove it',
    ]);
    expect(errors(quiz('\u0001javascript'))).toEqual([
      '6:13 this text holds the control character U+0001 (character 1); remove it',
    ]);
    expect(errors(quiz('tab\tand\nnew line'))).toEqual([]);
  });
});
