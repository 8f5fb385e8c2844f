import { getSentence } from '@tmm/statement-content';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { useColorScheme } from './support/color-scheme';
import { focused, tabTo } from './support/quiz-page';
import { required } from './support/required';
import { openSitePage } from './support/site-page';
import { sourceParagraphs } from './support/statement-source';

// The site's search (@easyops-cn/docusaurus-search-local): an index built with the site and
// searched in the browser, over the lessons, the statement, the glossary and the timeline.

const searchBox = 'input[aria-label="Search"]';

/** The suggestions the search box lists, as text: the words found, then the page and section. */
async function suggestions(page: Page): Promise<string[]> {
  // Options, less the list's last one, its "See all results" link.
  const options = page.locator('[role="listbox"] [role="option"]:not(a)');
  await options.first().waitFor();
  return options.allTextContents();
}

/** A sentence of paragraph 7, as the content package's copy of the published text has it. */
async function sentenceOfParagraph7(): Promise<string> {
  const sentence = required(getSentence('p7.s2'), 'sentence p7.s2').text;
  const paragraph7 = required((await sourceParagraphs())[6], 'paragraph 7 of the source');
  // Taken from the content package, and checked against its copy of the source.
  expect(paragraph7).toContain(sentence);
  return sentence;
}

describe('the site search', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds "GSOMIA" by keyboard alone and opens the chosen result', async () => {
    const site = await openSitePage(browser);
    const { page } = site;
    await site.visit('/statement');

    await tabTo(page, searchBox, { maxPresses: 20 });
    await page.keyboard.type('GSOMIA');
    const found = await suggestions(page);
    expect(found.length).toBeGreaterThan(0);
    for (const line of found) expect(line).toMatch(/GSOMIA|GS\w*/);
    expect(await page.locator(searchBox).getAttribute('aria-expanded')).toBe('true');

    // The first suggestion is the active one; Arrow Down moves to the second, Enter opens it.
    const second = required(found[1], 'a second suggestion');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/lessons/'));
    expect(second).toContain('Lessons');
    expect(await page.locator('article').textContent()).toContain('GSOMIA');
  });

  it('lists the lessons, the statement, the glossary and the timeline among the results for "GSOMIA"', async () => {
    const site = await openSitePage(browser);
    await site.visit('/search?q=GSOMIA');
    const results = site.page.locator(
      'main article h2 a, main h2 a, [class*="searchResultItem"] a',
    );
    await results.first().waitFor();
    const pages = new Set(
      (
        await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      ).map((href) => href.split('#')[0]),
    );

    expect(pages).toContain('/lessons/information-sharing');
    expect(pages).toContain('/statement');
    expect(pages).toContain('/glossary');
    expect(pages).toContain('/timeline');
  });

  it('finds a whole sentence of paragraph 7 of the statement and goes to it', async () => {
    const sentence = await sentenceOfParagraph7();
    const site = await openSitePage(browser);
    const { page } = site;
    await site.visit('/');

    // Pasted, as a student would a sentence.
    await page.locator(searchBox).fill(sentence);
    await expect
      .poll(async () => (await suggestions(page)).findIndex((line) => line.includes('Paragraph 7')))
      .toBeGreaterThanOrEqual(0);
    const place = (await suggestions(page)).findIndex((line) => line.includes('Paragraph 7'));
    // The first suggestion is the active one; Arrow Down moves down the list.
    for (let press = 0; press < place; press += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/lessons/'));
    expect(await page.locator('article').textContent()).toContain(sentence);

    await site.visit(`/search?q=${encodeURIComponent(sentence)}`);
    const results = page.locator('main h2 a, [class*="searchResultItem"] a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    expect(hrefs).toContain('/statement');
  });

  it('closes its suggestions with Escape and keeps focus in the box', async () => {
    const site = await openSitePage(browser);
    const { page } = site;
    await site.visit('/glossary');
    await page.locator(searchBox).focus();
    await page.keyboard.type('Shangri-La');
    await suggestions(page);

    await page.keyboard.press('Escape');

    expect(await page.locator(searchBox).getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toMatchObject({ tag: 'input' });
  });

  it('finds no accessibility violation with its suggestions open, in light and dark, on a phone and a desktop', async () => {
    const found: string[] = [];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const site = await openSitePage(browser);
      const { page } = site;
      await page.setViewportSize(viewport);
      await site.visit('/');
      await page.locator('.navbar__search').click();
      await page.locator(searchBox).focus();
      await page.keyboard.type('GSOMIA');
      await suggestions(page);
      for (const colorScheme of ['light', 'dark'] as const) {
        await useColorScheme(page, colorScheme);
        found.push(
          ...describeViolations(await findWcagViolations(page)).map(
            (line) => `${viewport.width} px, ${colorScheme}: ${line}`,
          ),
        );
      }
    }
    expect(found).toEqual([]);
  });
});
