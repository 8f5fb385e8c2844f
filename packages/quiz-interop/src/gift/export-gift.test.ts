import { type GIFTQuestion, parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { EVERY_TYPE_YAML, sampleQuiz, sampleSource } from '../__fixtures__/sample';
import { exportGift } from './export-gift';

const quiz = sampleQuiz(EVERY_TYPE_YAML);
const globalFeedback = (question: GIFTQuestion | undefined) =>
  question && 'globalFeedback' in question ? question.globalFeedback?.text : undefined;
const { text, warnings } = exportGift(quiz, sampleSource);

describe('exportGift', () => {
  it('writes GIFT that the strict gift-pegjs parser reads, one question per GIFT question', () => {
    const parsed = parse(text);
    const questions = parsed.filter((question) => question.type !== 'Category');
    // Two blanks of one question become two GIFT questions.
    expect(questions.map((question) => question.title)).toEqual([
      'single',
      'multi',
      'tf',
      'blank',
      'blanks-x',
      'blanks-y',
      'order',
      'match',
      'pick',
    ]);
    expect(parsed[0]).toMatchObject({ type: 'Category', title: '$course$/top/every-type' });
  });

  it('keeps special characters as text', () => {
    const [, single] = parse(text);
    expect(single).toMatchObject({
      type: 'MC',
      stem: {
        format: 'markdown',
        text: 'Which letter opens the sample? {Braces}, a ~tilde, a #hash and a colon: here.',
      },
      choices: [
        { isCorrect: true, text: { text: 'Alpha' }, feedback: { text: 'Yes: it opens.' } },
        { isCorrect: false, text: { text: 'Beta = second' } },
      ],
    });
  });

  it('puts the explanation, the quotation and its place in the general feedback', () => {
    const single = parse(text).find((question) => question.title === 'single');
    expect(globalFeedback(single)).toBe(
      'The first sentence says so. Evidence in the statement: “Alpha opens” (paragraph 1, sentence 1).',
    );
    const tf = parse(text).find((question) => question.title === 'tf');
    expect(tf).toMatchObject({ type: 'TF', isTrue: true });
    expect(globalFeedback(tf)).toBe(
      'Evidence in the statement: “Theta” (paragraph 3, sentence 1).',
    );
  });

  it('weights multiple select right minus wrong', () => {
    const multi = parse(text).find((question) => question.title === 'multi');
    expect(multi?.type === 'MC' && multi.choices.map((choice) => choice.weight)).toEqual([
      50, 50, -50,
    ]);
    expect(text).toContain('// points: 2');
  });

  it('warns, naming the question, for every fallback and every field left out', () => {
    const named = (id: string) => warnings.filter((warning) => warning.questionId === id);
    expect(named('order')[0]?.message).toMatch(/no ordering question: exported as matching/);
    expect(named('pick')[0]?.message).toMatch(/no select-the-evidence question/);
    expect(
      named('blanks')
        .map((warning) => warning.message)
        .join('\n'),
    ).toMatch(/one blank per question/);
    expect(
      named('blanks')
        .map((warning) => warning.message)
        .join('\n'),
    ).toMatch(/ignore letter case/);
    expect(named('single')[0]?.message).toMatch(/hint/);
    expect(named('match')[0]?.message).toMatch(/feedback per pair/);
    expect(named('multi')).toEqual([]);
  });

  it('offers the passage sentences, with their places, for select the evidence', () => {
    const pick = parse(text).find((question) => question.title === 'pick');
    expect(
      pick?.type === 'MC' && pick.choices.map((choice) => [choice.weight, choice.text.text]),
    ).toEqual([
      [-50, '(paragraph 2, sentence 1) Delta starts again.'],
      [50, '(paragraph 2, sentence 2) Epsilon supports the claim.'],
      [50, '(paragraph 2, sentence 3) Zeta supports it too.'],
    ]);
  });
});
