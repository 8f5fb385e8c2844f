import type { Answer, Question } from '@tmm/quiz-engine';
import { describe, expect, it } from 'vitest';
import { course } from '../__fixtures__/course';
import { cmiResponseProblem, cmiResultProblem } from './__fixtures__/cmi-model';
import { type CmiInteraction, cmiInteraction, INTERACTION_TYPES } from './interactions';

/** The answer the quiz file says is right. */
function rightAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single-choice':
      return { optionId: question.options.find((option) => option.correct)?.id ?? '' };
    case 'multiple-select':
      return { optionIds: question.options.filter((option) => option.correct).map((o) => o.id) };
    case 'true-false':
      return { value: question.answer };
    case 'fill-in-the-blank':
      return { blanks: Object.fromEntries(question.blanks.map((b) => [b.id, b.accept[0] ?? ''])) };
    case 'ordering':
      return { order: question.items.map((item) => item.id) };
    case 'matching':
      return { pairs: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id])) };
    case 'select-evidence':
      return { sentenceIds: [...question.evidenceSentenceIds] };
  }
}

/** A wrong answer of the same shape. */
function wrongAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single-choice':
      return { optionId: question.options.find((option) => !option.correct)?.id ?? '' };
    case 'multiple-select':
      return { optionIds: question.options.filter((option) => !option.correct).map((o) => o.id) };
    case 'true-false':
      return { value: !question.answer };
    case 'fill-in-the-blank':
      return { blanks: Object.fromEntries(question.blanks.map((b) => [b.id, 'nothing like it'])) };
    case 'ordering':
      return { order: question.items.map((item) => item.id).reverse() };
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      return {
        pairs: Object.fromEntries(
          ids.map((id, index) => [id, ids[(index + 1) % ids.length] ?? id]),
        ),
      };
    }
    case 'select-evidence':
      return {
        sentenceIds: question.sentenceIds.filter(
          (id) => !question.evidenceSentenceIds.includes(id),
        ),
      };
  }
}

function problems(interaction: CmiInteraction, version: '2004' | '1.2'): string[] {
  return [
    cmiResponseProblem(interaction.type, interaction.learnerResponse, version),
    ...interaction.correctResponses.map((pattern) =>
      cmiResponseProblem(interaction.type, pattern, version, { pattern: true }),
    ),
    cmiResultProblem(interaction.result, version),
  ].filter((problem) => problem !== null);
}

const questions = course.quizzes.flatMap((quiz) =>
  quiz.questions.map((question) => ({ quizId: quiz.id, question })),
);

describe('cmiInteraction', () => {
  it('covers the course: every question type of the course quizzes', () => {
    const types = new Set(questions.map(({ question }) => question.type));
    expect([...types].sort()).toEqual(Object.keys(INTERACTION_TYPES).sort());
  });

  for (const version of ['2004', '1.2'] as const)
    it(`writes every course question, answered right and wrong, in SCORM ${version}'s data model`, () => {
      for (const { quizId, question } of questions) {
        const right = cmiInteraction(question, rightAnswer(question), 1, version);
        const wrong = cmiInteraction(question, wrongAnswer(question), 0, version);
        expect(problems(right, version), `${quizId}.${question.id}`).toEqual([]);
        expect(problems(wrong, version), `${quizId}.${question.id}`).toEqual([]);
        expect(right.result).toBe('correct');
        expect(wrong.result).toBe(version === '2004' ? 'incorrect' : 'wrong');
        // The right answer is one of the correct responses, as the LMS compares them.
        if (question.type !== 'fill-in-the-blank' || version === '1.2')
          expect(right.correctResponses, `${quizId}.${question.id}`).toContain(
            right.learnerResponse,
          );
      }
    });

  it('names the choices by their ids in 2004 and by single characters in 1.2', () => {
    const question = questions.find(({ question }) => question.type === 'matching')?.question;
    if (question?.type !== 'matching') throw new Error('the course has a matching question');
    const [first, second] = question.pairs;
    if (first === undefined || second === undefined) throw new Error('two pairs');
    const answer = { pairs: { [first.id]: second.id, [second.id]: first.id } };
    const in2004 = cmiInteraction(question, answer, 0, '2004');
    expect(in2004.learnerResponse).toBe(`${first.id}[.]${second.id}[,]${second.id}[.]${first.id}`);
    expect(cmiInteraction(question, answer, 0, '1.2').learnerResponse).toBe('a.b,b.a');
  });

  it('writes a fill-in with its delimiters, and a partly right answer as the share earned', () => {
    const question = questions.find(
      ({ question }) => question.type === 'fill-in-the-blank',
    )?.question;
    if (question?.type !== 'fill-in-the-blank') throw new Error('the course has a blank');
    const interaction = cmiInteraction(question, rightAnswer(question), 0.5, '2004');
    expect(interaction.correctResponses[0]).toMatch(
      /^\{case_matters=(true|false)\}\{order_matters=true\}/,
    );
    expect(interaction.result).toBe('0.5');
    expect(interaction.type).toBe('fill-in');
  });

  it('refuses an id that is no SCORM 2004 short identifier, naming it', () => {
    const question: Question = {
      id: 'q',
      type: 'ordering',
      prompt: 'Order',
      points: 1,
      hints: [],
      feedback: {},
      evidence: [],
      keyPoints: [],
      glossary: [],
      hash: 'h',
      items: [
        { id: 'has space', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    };
    expect(() => cmiInteraction(question, { order: ['b', 'has space'] }, 0, '2004')).toThrow(
      /"has space" is not a SCORM 2004 short identifier/,
    );
    expect(cmiInteraction(question, { order: ['b', 'has space'] }, 0, '1.2').learnerResponse).toBe(
      'b,a',
    );
  });
});
