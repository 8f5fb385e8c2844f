import type { Page } from 'playwright-core';

/**
 * Brings every quiz on the page into view and waits until none is still fetching its session:
 * QuizPlayer shows "Loading the quiz…" (`data-quiz-pending="loading"`) from hydration until the
 * quiz can be started, and fetches the session only once the quiz is near the view.
 */
export async function waitForQuizzes(page: Page): Promise<void> {
  for (const pending of await page.$$('[data-quiz-pending="loading"]')) {
    await pending.scrollIntoViewIfNeeded();
  }
  await page.waitForSelector('[data-quiz-pending="loading"]', { state: 'detached' });
}
