import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { builtPages } from './support/site-build';
import { openSitePage } from './support/site-page';

const pages = await builtPages();

describe('the server-rendered HTML of every built page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const { path, file } of pages) {
    it(`gives ${file} a language, a title, a description and exactly one h1`, async () => {
      // JavaScript off: what search engines, previews and scripts-off readers get.
      const site = await openSitePage(browser, { javaScriptEnabled: false });

      await site.visit(path);
      const metadata = await site.page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        title: document.title.trim(),
        descriptions: Array.from(
          document.head.querySelectorAll('meta[name="description"]'),
          (meta) => meta.getAttribute('content')?.trim() ?? '',
        ),
        h1s: Array.from(document.querySelectorAll('h1'), (h1) => h1.textContent?.trim() ?? ''),
      }));

      expect(metadata.lang, 'html lang').toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
      expect(metadata.title, '<title>').not.toBe('');
      expect(metadata.descriptions, 'one non-empty meta description').toEqual([
        expect.stringMatching(/\S/),
      ]);
      expect(metadata.h1s, 'exactly one non-empty h1').toEqual([expect.stringMatching(/\S/)]);
    });
  }
});
