import type { Question } from '@tmm/quiz-engine';
import type { Frame, Locator, Page } from 'playwright-core';
import { required } from './required';

/** The quiz section a page embeds, by quiz id. */
export function quizSection(page: Page, quizId: string): Locator {
  return page.locator(`section[data-quiz="${quizId}"]`);
}

/** What has keyboard focus: enough to tell where a keyboard user is. */
export async function focused(where: Page | Frame) {
  return where.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      type: element?.getAttribute('type') ?? '',
      value: element instanceof HTMLInputElement ? element.value : '',
      checked: element instanceof HTMLInputElement ? element.checked : false,
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element matches `selector` and, if
 * given, contains `text`; fails after `maxPresses` presses. The keyboard alone moves focus.
 */
export async function tabTo(
  page: Page,
  selector: string,
  {
    text,
    backwards = false,
    maxPresses = 40,
    within = page,
  }: { text?: string; backwards?: boolean; maxPresses?: number; within?: Page | Frame } = {},
): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const reached = await within.evaluate(
      ([wanted, words]) => {
        const element = document.activeElement;
        if (!element?.matches(wanted)) return false;
        return words === null || (element.textContent ?? '').includes(words);
      },
      [selector, text ?? null] as const,
    );
    if (reached) return;
  }
  throw new Error(`Focus never reached ${selector}${text ? ` "${text}"` : ''} by Tab`);
}

/** Whether the page scrolls sideways (wider content than the viewport). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/** Gives the right answer to the question on screen, the way a learner would (pointer and typing). */
export async function answerCorrectly(quiz: Locator, question: Question): Promise<void> {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
      for (const option of question.options.filter((candidate) => candidate.correct))
        await quiz.locator(`input[value="${option.id}"]`).check();
      return;
    case 'true-false':
      await quiz.locator(`input[type="radio"][value="${String(question.answer)}"]`).check();
      return;
    case 'fill-in-the-blank': {
      const blanks = quiz.locator('input[type="text"]');
      const ids = await blanks.evaluateAll((inputs) => inputs.map((input) => input.id));
      for (const [index, id] of ids.entries()) {
        const blank = question.blanks.find((candidate) => id.endsWith(`-${candidate.id}`));
        await blanks.nth(index).fill(blank?.accept[0] ?? '');
      }
      return;
    }
    case 'ordering':
      for (const [target, item] of question.items.entries()) {
        const order = await quiz
          .locator('li[data-item]')
          .evaluateAll((items) => items.map((entry) => entry.getAttribute('data-item')));
        for (let place = order.indexOf(item.id); place > target; place -= 1)
          await quiz
            .locator(`li[data-item="${item.id}"]`)
            .getByRole('button', { name: /^Move up/ })
            .click();
      }
      return;
    case 'matching':
      for (const [index, pair] of question.pairs.entries())
        await quiz.locator('select').nth(index).selectOption(pair.id);
      return;
    case 'select-evidence':
      for (const id of question.evidenceSentenceIds)
        await quiz.locator(`button[data-sentence="${id}"]`).click();
      return;
  }
}

/** A wrong answer, as a learner who misread would give it (choice questions only). */
export async function answerWrongly(quiz: Locator, question: Question): Promise<void> {
  if (question.type === 'true-false') {
    await quiz.locator(`input[type="radio"][value="${String(!question.answer)}"]`).check();
    return;
  }
  if (question.type !== 'single-choice') throw new Error(`no wrong answer for ${question.type}`);
  const wrong = required(
    question.options.find((option) => !option.correct),
    `a wrong option of ${question.id}`,
  );
  await quiz.locator(`input[value="${wrong.id}"]`).check();
}
