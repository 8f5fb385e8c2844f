import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { guardPage } from './support/request-guard';

// The guard is what makes every other browser test fail on a foreign request or an error,
// so it is checked here against a page that misbehaves on purpose.
describe('the request guard', () => {
  const origin = inject('siteUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it('finds nothing wrong with the home page of the build', async () => {
    const guard = await guardPage(page, origin);

    await page.goto(`${origin}/`);
    await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });

    expect(guard.problems()).toEqual([]);
  });

  it('names the foreign host of a request and blocks it', async () => {
    const guard = await guardPage(page, origin);
    await page.goto(`${origin}/`);

    const reached = await page.evaluate(() =>
      fetch('https://fonts.example.invalid/font.css').then(
        () => true,
        () => false,
      ),
    );

    expect(reached).toBe(false);
    expect(guard.report().foreignRequests).toEqual(['GET https://fonts.example.invalid/font.css']);
    expect(guard.problems()).toContain('requests to foreign hosts: fonts.example.invalid');
  });

  it('reports a same-origin load that fails', async () => {
    const guard = await guardPage(page, origin);
    await page.goto(`${origin}/`);

    await page.evaluate(() => fetch('/assets/js/missing.js'));

    expect(guard.report().failedResponses).toEqual([`404 ${origin}/assets/js/missing.js`]);
  });

  it('reports console errors and uncaught exceptions', async () => {
    const guard = await guardPage(page, origin);
    await page.goto(`${origin}/`);

    const uncaught = page.waitForEvent('pageerror');
    await page.evaluate(() => {
      console.error('the reader failed to render');
      setTimeout(() => {
        throw new TypeError('glossary is undefined');
      });
    });
    await uncaught;

    expect(guard.report().errors).toEqual([
      expect.stringContaining('console.error: the reader failed to render'),
      'uncaught TypeError: glossary is undefined',
    ]);
  });
});
