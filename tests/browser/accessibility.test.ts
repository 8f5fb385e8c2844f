import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { builtPages } from './support/site-build';
import { openSitePage } from './support/site-page';

// Every HTML file of the build, so a new page is swept without touching this file.
const pages = await builtPages();

describe('accessibility of every built page (axe-core, WCAG 2.2 A and AA)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds pages to check in the build', () => {
    expect(pages.map((page) => page.path)).toContain('/');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`in ${colorScheme} mode`, () => {
      for (const { path } of pages) {
        it(`finds no violation on ${path}`, async () => {
          const site = await openSitePage(browser, { colorScheme });

          await site.visit(path);
          const theme = await site.page.getAttribute('html', 'data-theme');
          const violations = await findWcagViolations(site.page);

          expect(theme, 'the site follows prefers-color-scheme').toBe(colorScheme);
          expect(
            describeViolations(violations),
            `axe violations on ${path} (${colorScheme})`,
          ).toEqual([]);
        });
      }
    });
  }
});
