import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import { guardPage, type RequestGuard } from './request-guard';
import { waitForQuizzes } from './wait-for-quizzes';

/** How to open a page of the site. */
export interface SitePageOptions {
  /** False to load the server-rendered HTML only, as a reader without JavaScript does. */
  readonly javaScriptEnabled?: boolean;
  /** Emulated `prefers-color-scheme`, which the site follows (colorMode.respectPrefersColorScheme). */
  readonly colorScheme?: 'light' | 'dark';
  /**
   * Errors the test itself causes (a fault it injects), which the page may log: only messages
   * matching it are let through, and the test should check that they were logged.
   */
  readonly expectedErrors?: RegExp;
}

/** A guarded page of the built site, in a fresh browser context. */
export interface SitePage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly guard: RequestGuard;
  /** Origin of the test server. */
  readonly origin: string;
  /**
   * Loads a path of the site (`/statement#p5`); with JavaScript on, waits until React has
   * hydrated the page and every quiz on it has its session, so that its controls work.
   */
  visit(path: string): Promise<void>;
}

/**
 * Opens a page of the built site in a new context (axe needs one; `browser.newPage()` will not do).
 * When the current test finishes, it fails the test if the page reached another host, failed a
 * load or logged an error, then closes the context. Call it inside a test.
 */
export async function openSitePage(
  browser: Browser,
  options: SitePageOptions = {},
): Promise<SitePage> {
  const origin = inject('siteUrl');
  const javaScriptEnabled = options.javaScriptEnabled ?? true;
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  if (options.colorScheme !== undefined)
    await page.emulateMedia({ colorScheme: options.colorScheme });
  const guard = await guardPage(page, origin);
  onTestFinished(async () => {
    try {
      const expected = options.expectedErrors;
      expect(
        guard.problems().filter((problem) => expected === undefined || !expected.test(problem)),
        'the page may only load from the test server and must log no error',
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });
  return {
    page,
    context,
    guard,
    origin,
    visit: async (path) => {
      const response = await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      if (response === null || !response.ok()) {
        throw new Error(
          `${path} answered ${response?.status() ?? 'nothing'}; is the build complete?`,
        );
      }
      if (javaScriptEnabled) {
        await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
        await waitForQuizzes(page);
      }
    },
  };
}
