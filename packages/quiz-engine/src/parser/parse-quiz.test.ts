import { describe, expect, it } from 'vitest';
import { EVERY_TYPE_YAML, TEST_YAML } from '../__fixtures__/sample-quizzes';
import { resolveSample } from '../__fixtures__/sample-source';
import { parseQuiz } from './parse-quiz';
import { formatError } from './quiz-error';
import type { Reference } from './references';

const parse = (text: string | Uint8Array) =>
  parseQuiz(text, { fileName: 'quizzes/sample.yaml', resolve: resolveSample });

const quizOf = (text: string) => {
  const result = parse(text);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.quiz;
};

const MINIMAL = `id: minimal
title: Minimal
questions:
  - id: only
    type: true-false
    prompt: Alpha opens the sample.
    answer: true
`;

describe('parseQuiz on valid documents', () => {
  it('returns a typed quiz with every default applied', () => {
    const quiz = quizOf(MINIMAL);
    expect(quiz).toMatchObject({
      id: 'minimal',
      title: 'Minimal',
      behaviour: 'practice',
      settings: {
        tries: 3,
        penaltyPerTry: 1 / 3,
        hints: true,
        hintCost: 0,
        confidence: false,
        shuffleQuestions: false,
        shuffleOptions: true,
        passMark: 0.7,
      },
    });
    expect(quiz.questions[0]).toMatchObject({
      id: 'only',
      points: 1,
      hints: [],
      feedback: {},
      evidence: [],
      keyPoints: [],
      glossary: [],
    });
    expect(quiz.version).toMatch(/^[0-9a-f]{14}$/);
  });

  it('parses a quiz with one question of every type', () => {
    const quiz = quizOf(EVERY_TYPE_YAML);
    expect(quiz.questions.map((question) => question.type)).toEqual([
      'single-choice',
      'multiple-select',
      'true-false',
      'fill-in-the-blank',
      'ordering',
      'matching',
      'select-evidence',
    ]);
  });

  it('stores the sentence ids the resolver gives for select-evidence questions', () => {
    const question = quizOf(EVERY_TYPE_YAML).questions.find((q) => q.type === 'select-evidence');
    expect(question).toMatchObject({
      passage: ['p2'],
      sentenceIds: ['p2.s1', 'p2.s2', 'p2.s3', 'p2.s4'],
      evidenceSentenceIds: ['p2.s2', 'p2.s3'],
    });
  });

  it('reads the same quiz from JSON as from YAML', () => {
    const json = JSON.stringify({
      $schema: '../quiz.schema.json',
      id: 'minimal',
      title: 'Minimal',
      questions: [
        { id: 'only', type: 'true-false', prompt: 'Alpha opens the sample.', answer: true },
      ],
    });
    expect(quizOf(json)).toEqual(quizOf(MINIMAL));
  });

  it('reads UTF-8 bytes, with or without a byte order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${MINIMAL}`);
    const result = parse(bytes);
    expect(result.ok && result.quiz).toEqual(quizOf(MINIMAL));
  });

  it('keeps a script tag in a prompt as plain text', () => {
    const quiz = quizOf(MINIMAL.replace('Alpha opens the sample.', '"<script>alert(1)</script>"'));
    expect(quiz.questions[0]?.prompt).toBe('<script>alert(1)</script>');
  });

  it('asks the resolver about every reference, each once', () => {
    const asked: Reference[] = [];
    parseQuiz(EVERY_TYPE_YAML, {
      resolve: (reference) => {
        asked.push(reference);
        return resolveSample(reference);
      },
    });
    const kinds = asked.map((reference) => reference.kind);
    expect(kinds.filter((kind) => kind === 'keyPoint')).toHaveLength(8);
    expect(kinds.filter((kind) => kind === 'glossary')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'evidence')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'passage')).toHaveLength(1);
  });

  it('accepts references unchecked only when asked to', () => {
    const text = MINIMAL.replace('answer: true', 'answer: true\n    keyPoints: [anything]');
    expect(parseQuiz(text, { resolve: 'unchecked' }).ok).toBe(true);
    expect(parse(text).ok).toBe(false);
  });

  it('refuses select-evidence questions without a resolver, as their sentences come from it', () => {
    const result = parseQuiz(EVERY_TYPE_YAML, { fileName: 'x.yaml', resolve: 'unchecked' });
    expect(!result.ok && result.errors.map(formatError)).toEqual([
      "x.yaml:67:11: error: select-evidence questions need the sentences that a resolve callback gives; parse with 'resolve' instead of 'unchecked' (at questions[6].type)",
    ]);
  });

  it('reports a resolver that throws as an error at the reference', () => {
    const text = MINIMAL.replace('answer: true', 'answer: true\n    keyPoints: [kp-alpha]');
    const result = parseQuiz(text, {
      fileName: 'x.yaml',
      resolve: () => {
        throw new Error('content not loaded');
      },
    });
    expect(!result.ok && result.errors.map(formatError)).toEqual([
      'x.yaml:8:17: error: the resolve callback failed on this reference: content not loaded (at questions[0].keyPoints[0])',
    ]);
  });

  it('names the file it was given in every error', () => {
    const result = parseQuiz('id: x\n', { fileName: 'quizzes/x.yaml', resolve: 'unchecked' });
    expect(!result.ok && result.errors.map(formatError)).toEqual([
      "quizzes/x.yaml:1:1: error: missing required key 'questions'",
      "quizzes/x.yaml:1:1: error: missing required key 'title'",
    ]);
  });
});

describe('parseQuiz on the grading setting', () => {
  it('refuses certainty grading without confidence ratings, at the setting', () => {
    const text = MINIMAL.replace('questions:', 'settings: { grading: certainty }\nquestions:');
    const result = parse(text);
    expect(!result.ok && result.errors.map(formatError)).toEqual([
      "quizzes/sample.yaml:3:22: error: 'grading: certainty' needs 'confidence: true': without confidence ratings there is no certainty-based mark (at settings.grading)",
    ]);
  });

  it('keeps a quiz that does not write it at the same version', () => {
    const written = parse(
      MINIMAL.replace('questions:', 'settings: { grading: accuracy }\nquestions:'),
    );
    const unwritten = parse(MINIMAL);
    expect(written.ok && unwritten.ok && written.quiz.settings.grading).toBe('accuracy');
    expect(unwritten.ok && unwritten.quiz.settings.grading).toBeUndefined();
  });
});

describe('parseQuiz warnings', () => {
  it('warns that hints are never shown when hints are off', () => {
    const text = MINIMAL.replace('questions:', 'settings: { hints: false }\nquestions:').replace(
      'answer: true',
      'answer: true\n    hints: [Look again.]',
    );
    const result = parse(text);
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatError)).toEqual([
      "quizzes/sample.yaml:9:12: warning: these hints are never shown because 'settings.hints' is false (at questions[0].hints)",
    ]);
  });

  it('warns that tries have no effect in test behaviour', () => {
    const text = TEST_YAML.replace('settings: {', 'settings: { tries: 2,');
    expect(parse(text).warnings.map(formatError)).toEqual([
      "quizzes/sample.yaml:4:20: warning: 'tries' has no effect in test behaviour, which grades once at the end (at settings.tries)",
    ]);
  });
});

describe('quiz versions', () => {
  it('are stable for the same content', () => {
    expect(quizOf(EVERY_TYPE_YAML).version).toBe(quizOf(EVERY_TYPE_YAML).version);
  });

  it('change when a question changes, while other questions keep their hash', () => {
    const before = quizOf(EVERY_TYPE_YAML);
    const after = quizOf(EVERY_TYPE_YAML.replace('Theta is alone', 'Theta stands alone'));
    expect(after.version).not.toBe(before.version);
    const changed = before.questions.filter((q, i) => q.hash !== after.questions[i]?.hash);
    expect(changed.map((q) => q.id)).toEqual(['judge']);
  });

  it('do not depend on key order or formatting', () => {
    const reordered = MINIMAL.replace('id: minimal\ntitle: Minimal', 'title: Minimal\nid: minimal');
    expect(quizOf(reordered).version).toBe(quizOf(MINIMAL).version);
  });
});
