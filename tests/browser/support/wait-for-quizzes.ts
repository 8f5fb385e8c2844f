import type { Frame, Page } from 'playwright-core';

const pendingQuiz = '[data-quiz-pending="loading"]';

/**
 * Waits until no quiz on the page is still fetching its session. QuizPlayer shows "Loading the
 * quiz…" (`data-quiz-pending="loading"`) from hydration until the quiz can be started, and
 * fetches the session only once the quiz is near the view: each waiting quiz is scrolled into
 * view in turn and waited for. The page is then scrolled back to the top, where it was. A frame
 * (the course inside an LMS's page) is waited for the same way.
 */
export async function waitForQuizzes(page: Page | Frame): Promise<void> {
  let scrolled = false;
  for (;;) {
    const pending = await page.$(pendingQuiz);
    if (pending === null) break;
    scrolled = true;
    // The quiz may arrive (and the notice go) at any moment, so no Playwright action that
    // insists on an attached element: scroll if it is still there, then wait for it to go.
    await pending.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.waitForFunction((element) => !element.isConnected, pending);
    await pending.dispose();
  }
  if (scrolled) await page.evaluate(() => window.scrollTo(0, 0));
}
