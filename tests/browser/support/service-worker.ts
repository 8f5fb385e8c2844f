import type { Page } from 'playwright-core';

/**
 * Waits until the page's service worker has installed (precached the build) and is active, and
 * returns its script's address. A page that has none active within `timeoutMs` is an error that
 * says so. (The page function is a string: the bench runs this through tsx, whose compiled
 * functions would call a helper the page does not have.)
 */
export async function serviceWorkerReady(page: Page, timeoutMs = 30_000): Promise<string> {
  const scriptUrl: string | null = await page.evaluate(
    `Promise.race([
      navigator.serviceWorker.ready,
      new Promise((resolve) => setTimeout(() => resolve(null), ${timeoutMs})),
    ]).then((registration) => registration === null ? null : (registration.active?.scriptURL ?? ''))`,
  );
  if (scriptUrl === null) {
    throw new Error(`${page.url()} had no active service worker within ${timeoutMs / 1000} s`);
  }
  return scriptUrl;
}
