import type { Page } from 'playwright-core';

/**
 * Waits until no quiz on the page is still fetching its session: QuizPlayer shows "Loading the
 * quiz…" (`data-quiz-pending="loading"`) from hydration until the quiz can be started.
 */
export async function waitForQuizzes(page: Page): Promise<void> {
  await page.waitForSelector('[data-quiz-pending="loading"]', { state: 'detached' });
}
