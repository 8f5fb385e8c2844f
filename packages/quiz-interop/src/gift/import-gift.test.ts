import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatError, parseQuiz } from '@tmm/quiz-engine/parser';
import { describe, expect, it } from 'vitest';
import { EVERY_TYPE_YAML, sampleQuiz, sampleSource } from '../__fixtures__/sample';
import { exportGift } from './export-gift';
import { importGift, kebabId } from './import-gift';

const bank = readFileSync(join(import.meta.dirname, '..', '__fixtures__', 'moodle-bank.gift'));
const options = { fileName: 'moodle-bank.gift', quizId: 'week-3', source: sampleSource };

describe('importGift on a Moodle bank with every GIFT feature', () => {
  it('refuses the questions the course cannot hold, each located, and writes nothing', () => {
    const result = importGift(bank, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => `${error.line}:${error.column} ${error.path}`)).toEqual([
      '72:1 ::Year, roughly::',
      '74:1 ::Year range::',
      '76:1 ::Year, weighted::',
      '81:1 ::Your view::',
      '84:1 ::Before you begin::',
    ]);
    expect(result.errors.map(formatError)[3]).toBe(
      "moodle-bank.gift:81:1: error: an essay question ('{}') cannot be graded by the course's quizzes; remove it from the file, or import with --skip-unimportable to leave it out (at ::Your view::)",
    );
  });

  const result = importGift(bank, {
    ...options,
    skipUnimportable: true,
    keyPointIds: ['denuclearization'],
  });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  const parsed = parseQuiz(result.text, { fileName: 'week-3.quiz.yaml', resolve: 'unchecked' });
  if (!parsed.ok) throw new Error(parsed.errors.map(formatError).join('\n'));
  const quiz = parsed.quiz;
  const byId = (id: string) => quiz.questions.find((question) => question.id === id);

  it('with --skip-unimportable, writes a quiz file the engine parses, with every importable question', () => {
    expect(result.questions).toBe(16);
    expect(quiz.title).toBe('Week 3: the trilateral meeting');
    expect(quiz.questions.map((question) => `${question.id} ${question.type}`)).toEqual([
      'where-they-met single-choice',
      'three-subjects multiple-select',
      'date true-false',
      'host true-false',
      'question-5 true-false',
      'a-link multiple-select',
      'minister-of-defense-of-japan fill-in-the-blank',
      'missing-word single-choice',
      'fill-the-place fill-in-the-blank',
      'who-is-who matching',
      'escapes single-choice',
      'non-ascii single-choice',
      'line-break single-choice',
      'year fill-in-the-blank',
      'ministers fill-in-the-blank',
      'last true-false',
    ]);
  });

  it('keeps feedback, evidence, key points, blanks, distractors and comments where the quiz format holds them', () => {
    expect(byId('where-they-met')).toMatchObject({
      explanation: 'The first paragraph names the place.',
      evidence: [
        { paragraph: 'p1', exact: 'convened a Trilateral Ministerial Meeting in Singapore' },
      ],
      options: [
        { correct: true, feedback: 'Yes: the first sentence says "in Singapore".' },
        {},
        {},
      ],
    });
    expect(byId('three-subjects')?.keyPoints).toEqual(['denuclearization']);
    expect(byId('host')?.feedback).toEqual({
      correct: 'Right: they met in Singapore.',
      incorrect: 'Read the first sentence again: where did they convene?',
    });
    expect(byId('minister-of-defense-of-japan')).toMatchObject({
      text: '{{answer}}',
      blanks: [
        {
          accept: ['Hamada Yasukazu', 'Hamada'],
          feedback: 'Look at the first sentence of paragraph 1.',
        },
      ],
    });
    expect(byId('missing-word')?.prompt).toBe('The ministers met in _____ on June 3, 2023.');
    expect(byId('who-is-who')).toMatchObject({
      prompt: 'Match each **minister** to the country he represented.',
      distractors: [{ text: 'Singapore' }],
    });
    expect(result.text).toContain(
      '  # Short answer with several accepted answers, a partly right one, and a catch-all wrong one.\n',
    );
  });

  it('reports, located, what it changed or left out, and what to add', () => {
    const lines = result.warnings.map(formatError);
    const expectLine = (pattern: RegExp) =>
      expect(lines.filter((line) => pattern.test(line))).not.toEqual([]);
    expectLine(
      /^moodle-bank\.gift:16:1: warning: the weights \(33\.33333%, 33\.33333%, 33\.33333%, -100%\) are not kept/,
    );
    expectLine(/^moodle-bank\.gift:34:1: warning: left out: 'Yasukazu' \(50%\)/);
    expectLine(
      /^moodle-bank\.gift:68:1: warning: the numerical answer becomes a blank that accepts '2023' exactly/,
    );
    expectLine(/^moodle-bank\.gift:81:1: warning: an essay question .* left out/);
    expectLine(/^moodle-bank\.gift:81:1: warning: the quiz format has no categories/);
    expectLine(
      /^moodle-bank\.gift:7:1: warning: the quiz format has no question titles: each title became the question's id \('Where they met' → where-they-met;/,
    );
    expectLine(
      /^moodle-bank\.gift:7:1: warning: question 'where-they-met' tests no key point; add 'keyPoints: \[<id>\]' \(one of: denuclearization\)/,
    );
  });
});

describe('importGift after exportGift', () => {
  it('gives back what GIFT holds of every question type', () => {
    const quiz = sampleQuiz(EVERY_TYPE_YAML);
    const gift = exportGift(quiz, sampleSource);
    const back = importGift(gift.text, {
      fileName: 'every-type.gift',
      quizId: 'every-type',
      source: sampleSource,
    });
    if (!back.ok) throw new Error(back.errors.map(formatError).join('\n'));
    expect(back.document.title).toBe(quiz.title);
    expect(back.document.description).toBe(quiz.description);
    const single = back.document.questions[0];
    expect(single).toEqual({
      id: 'single',
      type: 'single-choice',
      prompt: quiz.questions[0]?.prompt,
      options: [
        { id: 'a', text: 'Alpha', correct: true, feedback: 'Yes: it opens.' },
        { id: 'b', text: 'Beta = second', feedback: 'No.' },
      ],
      explanation: 'The first sentence says so.',
      evidence: [{ paragraph: 'p1', exact: 'Alpha opens' }],
      keyPoints: ['kp-alpha'],
      glossary: ['term-delta'],
    });
    expect(back.document.questions[1]).toMatchObject({ type: 'multiple-select', points: 2 });
    expect(back.warnings.filter((warning) => /weights/.test(warning.message))).toEqual([]);
  });
});

describe('importGift on [html] text', () => {
  it('keeps bold, italics and line breaks as Markdown, takes other tags out and says so', () => {
    const result = importGift(
      '::Q::[html]<p>Where did the <b>three</b> ministers<br>meet, <span class="x">in</span> <i>2023</i> &amp; why?</p> {=Singapore ~Seoul}',
      { fileName: 'html.gift', quizId: 'html', source: sampleSource },
    );
    if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
    expect(result.document.questions[0]?.prompt).toBe(
      'Where did the **three** ministers\nmeet, in *2023* & why?',
    );
    expect(result.warnings.map(formatError)).toContain(
      "html.gift:1:1: warning: HTML tags other than bold, italics and line breaks were taken out: the course's text is Markdown (*italics*, **bold**, [links](https://…)) (at ::Q::)",
    );
  });
});

describe('kebabId', () => {
  it('makes an id of a title', () => {
    expect(kebabId('Where they met')).toBe('where-they-met');
    expect(kebabId('Café — naïve, 2023!')).toBe('cafe-naive-2023');
    expect(kebabId('日本')).toBe('');
  });
});
