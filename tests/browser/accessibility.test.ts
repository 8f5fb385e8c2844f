import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { useColorScheme } from './support/color-scheme';
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

  it('gives a reader who prefers dark the dark theme from the first load', async () => {
    const site = await openSitePage(browser, { colorScheme: 'dark' });

    await site.visit('/');

    expect(await site.page.getAttribute('html', 'data-theme')).toBe('dark');
  });

  // One load per page, checked in light then in dark: the site follows the system setting
  // live (colorMode.respectPrefersColorScheme), which halves the cost of the sweep.
  for (const { path } of pages) {
    it(`finds no violation on ${path}, in light or in dark mode`, async () => {
      const site = await openSitePage(browser, { colorScheme: 'light' });
      await site.visit(path);
      const found: string[] = [];

      for (const colorScheme of ['light', 'dark'] as const) {
        await useColorScheme(site.page, colorScheme);
        const violations = await findWcagViolations(site.page);
        found.push(...describeViolations(violations).map((line) => `[${colorScheme}] ${line}`));
      }

      expect(found, `axe violations on ${path}`).toEqual([]);
    });
  }
});
