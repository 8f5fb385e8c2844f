import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { buildDir, builtPages } from './support/site-build';

const pages = await builtPages();

// The files as served, parsed by the browser's own HTML parser (DOMParser runs no script and
// loads nothing): what search engines, link previews and readers without JavaScript get.
describe('the server-rendered HTML of every built page', () => {
  let browser: Browser;
  let parser: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    parser = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const { file } of pages) {
    it(`gives ${file} a language, a title, a description and exactly one h1`, async () => {
      const html = await readFile(join(buildDir, file), 'utf8');

      const metadata = await parser.evaluate((source) => {
        const document = new DOMParser().parseFromString(source, 'text/html');
        return {
          lang: document.documentElement.getAttribute('lang'),
          title: document.title.trim(),
          descriptions: Array.from(
            document.head.querySelectorAll('meta[name="description"]'),
            (meta) => meta.getAttribute('content')?.trim() ?? '',
          ),
          h1s: Array.from(document.querySelectorAll('h1'), (h1) => h1.textContent?.trim() ?? ''),
        };
      }, html);

      expect(metadata.lang, 'html lang').toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
      expect(metadata.title, '<title>').not.toBe('');
      expect(metadata.descriptions, 'one non-empty meta description').toEqual([
        expect.stringMatching(/\S/),
      ]);
      expect(metadata.h1s, 'exactly one non-empty h1').toEqual([expect.stringMatching(/\S/)]);
    });
  }
});
