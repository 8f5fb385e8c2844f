import { createRequire } from 'node:module';
import {
  type Answer,
  type Question,
  type QuestionOf,
  type Quiz,
  scoreQuestion,
} from '@tmm/quiz-engine';
import { exportQti3, itemPath } from '@tmm/quiz-interop';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementSource } from '../../apps/course-site/plugins/quizzes/statement-source';
import { courseQuizzes } from '../support/course-quizzes';
import { launchBrowser } from './support/browser';

// Every item of the course's QTI 3.0 export, run in an independent QTI 3 player
// (@citolab/qti-components, in Chromium): answered right, wrong and, where the course gives
// part marks the same way, partly right, its response processing must give the score the
// engine gives (points × earned / total).

const quizzes = courseQuizzes().map((file) => file.quiz);
const { files } = exportQti3(quizzes, statementSource);
const itemXml = (quiz: Quiz, question: Question) =>
  files.find((file) => file.path === itemPath(quiz, question))?.text ?? '';
const player = createRequire(import.meta.url).resolve(
  '@citolab/qti-components/cdn/index.global.js',
);

/** A QTI response: the value of each response variable. */
type Responses = Record<string, string | string[]>;

/** An answer of the engine as the exported item's response variables. */
function responsesOf(question: Question, answer: Answer): Responses {
  const a = answer as unknown as Record<string, unknown>;
  switch (question.type) {
    case 'single-choice':
      return { RESPONSE: `O.${a.optionId}` };
    case 'multiple-select':
      return { RESPONSE: (a.optionIds as string[]).map((id) => `O.${id}`) };
    case 'true-false':
      return { RESPONSE: String(a.value) };
    case 'fill-in-the-blank':
      return Object.fromEntries(
        Object.entries(a.blanks as Record<string, string>).map(([id, text]) => [
          `RESPONSE.${id}`,
          text,
        ]),
      );
    case 'ordering':
      return { RESPONSE: (a.order as string[]).map((id) => `I.${id}`) };
    case 'matching':
      return {
        RESPONSE: Object.entries(a.pairs as Record<string, string>).map(
          ([left, right]) => `L.${left} R.${right}`,
        ),
      };
    case 'select-evidence':
      return { RESPONSE: (a.sentenceIds as string[]).map((id) => `S.${id}`) };
  }
}

/** A right answer, a wrong one and, where both score part marks alike, a partly right one. */
function answersFor(question: Question): { label: string; answer: Answer }[] {
  switch (question.type) {
    case 'single-choice': {
      const right = question.options.find((option) => option.correct);
      const wrong = question.options.find((option) => !option.correct);
      return [
        { label: 'right', answer: { optionId: right?.id ?? '' } },
        { label: 'wrong', answer: { optionId: wrong?.id ?? '' } },
      ];
    }
    case 'multiple-select': {
      const right = question.options.filter((option) => option.correct).map((option) => option.id);
      const wrong = question.options.filter((option) => !option.correct).map((option) => option.id);
      return [
        { label: 'right', answer: { optionIds: right } },
        { label: 'wrong', answer: { optionIds: wrong.length > 0 ? wrong : right.slice(0, 0) } },
        ...(right.length > 1
          ? [{ label: 'partly right', answer: { optionIds: right.slice(0, -1) } }]
          : []),
        { label: 'right and a wrong one', answer: { optionIds: [...right, ...wrong.slice(0, 1)] } },
      ].filter((entry) => entry.answer.optionIds.length > 0);
    }
    case 'true-false':
      return [
        { label: 'right', answer: { value: question.answer } },
        { label: 'wrong', answer: { value: !question.answer } },
      ];
    case 'fill-in-the-blank': {
      const fill = (
        text: (blank: QuestionOf<'fill-in-the-blank'>['blanks'][number], index: number) => string,
      ) => ({
        blanks: Object.fromEntries(
          question.blanks.map((blank, index) => [blank.id, text(blank, index)]),
        ),
      });
      return [
        { label: 'right', answer: fill((blank) => blank.accept[0] ?? '') },
        { label: 'wrong', answer: fill(() => 'not the answer') },
        ...(question.blanks.length > 1
          ? [
              {
                label: 'partly right',
                answer: fill((blank, index) =>
                  index === 0 ? (blank.accept[0] ?? '') : 'not the answer',
                ),
              },
            ]
          : []),
      ];
    }
    case 'ordering': {
      const ids = question.items.map((entry) => entry.id);
      // Reversed earns nothing in the course; QTI scores the order all or nothing.
      return [
        { label: 'right', answer: { order: ids } },
        { label: 'wrong (reversed)', answer: { order: [...ids].reverse() } },
      ];
    }
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      const rotate = (by: number) =>
        Object.fromEntries(ids.map((id, index) => [id, ids[(index + by) % ids.length] ?? id]));
      const partly = { ...rotate(1), [ids[0] ?? '']: ids[0] ?? '' };
      return [
        { label: 'right', answer: { pairs: rotate(0) } },
        { label: 'wrong', answer: { pairs: rotate(1) } },
        ...(ids.length > 2 ? [{ label: 'partly right', answer: { pairs: partly } }] : []),
      ];
    }
    case 'select-evidence': {
      const evidence = question.evidenceSentenceIds;
      const other = question.sentenceIds.filter((id) => !evidence.includes(id));
      return [
        { label: 'right', answer: { sentenceIds: [...evidence] } },
        { label: 'wrong', answer: { sentenceIds: other.slice(0, 1) } },
        { label: 'partly right', answer: { sentenceIds: [...evidence, ...other.slice(0, 1)] } },
      ].filter((entry) => entry.answer.sentenceIds.length > 0);
    }
  }
}

/** The engine's marks for an answer: points × earned / total. */
function engineMarks(question: Question, answer: Answer): number {
  const score = scoreQuestion(question, answer);
  if (score.type !== 'points')
    throw new Error(`${question.id}: the engine finds the answer ${score.type}: ${score.message}`);
  return (question.points * score.earned) / score.total;
}

/** Loads an item in the player, gives it the responses, runs its response processing: SCORE. */
async function playerScore(page: Page, xml: string, responses: Responses): Promise<number> {
  const score = await page.evaluate(
    async ({ xml, responses }) => {
      type Item = HTMLElement & {
        updateComplete: Promise<unknown>;
        updateResponseVariable(identifier: string, value: string | string[]): void;
        processResponse(): boolean;
        getOutcome(identifier: string): { value: unknown } | undefined;
      };
      const lib = (
        window as unknown as {
          QtiComponents: { qtiTransformItem(): { parse(xml: string): { html(): string } } };
        }
      ).QtiComponents;
      const root = document.getElementById('root');
      if (!root) throw new Error('no root');
      root.innerHTML = lib.qtiTransformItem().parse(xml).html();
      await customElements.whenDefined('qti-assessment-item');
      const item = root.querySelector('qti-assessment-item') as Item | null;
      if (!item) throw new Error('the player made no qti-assessment-item');
      await item.updateComplete;
      for (const [identifier, value] of Object.entries(responses))
        item.updateResponseVariable(identifier, value);
      item.processResponse();
      return item.getOutcome('SCORE')?.value;
    },
    { xml, responses },
  );
  return Number(score);
}

describe('the QTI 3.0 export in an independent QTI 3 player', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(
      '<!doctype html><html lang="en"><body><main id="root"></main></body></html>',
    );
    await page.addScriptTag({ path: player });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const quiz of quizzes)
    for (const question of quiz.questions)
      it(`${quiz.id} / ${question.id} (${question.type}) scores as the engine does`, async () => {
        const xml = itemXml(quiz, question);
        expect(xml).not.toBe('');
        const results = [];
        for (const { label, answer } of answersFor(question))
          results.push({
            label,
            engine: engineMarks(question, answer),
            player: await playerScore(page, xml, responsesOf(question, answer)),
          });
        // The player keeps three decimals of a mapped score (1/3 of a point is 0.333).
        for (const result of results)
          expect(result.player, result.label).toBeCloseTo(result.engine, 3);
        const partly = results.find((result) => result.label === 'partly right');
        if (partly)
          expect(
            partly.engine > 0 && partly.engine < question.points,
            'partly right earns part',
          ).toBe(true);
        expect(results.find((result) => result.label === 'right')?.engine).toBe(question.points);
        expect(errors).toEqual([]);
      });
});
