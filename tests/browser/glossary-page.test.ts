import { entities, glossary, termsByFirstLetter } from '@tmm/statement-content';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { useColorScheme } from './support/color-scheme';
import { focused, tabTo } from './support/quiz-page';
import { openSitePage } from './support/site-page';

const groups = termsByFirstLetter();
const termsInLetterOrder = groups.flatMap((group) => group.terms);
const entryCount = glossary().length + entities().length;

/** The entries on the page, by the id of their heading, and their text. */
async function shownEntries(page: Page) {
  return page.locator('main article:visible').evaluateAll((entries) =>
    entries.map((entry) => ({
      id: entry.querySelector('h3')?.id ?? '',
      text: entry.textContent ?? '',
    })),
  );
}

describe('the glossary page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('groups every glossary term of the content package, once each, under its letter', () => {
    expect(termsInLetterOrder.map((term) => term.id).sort()).toEqual(
      glossary()
        .map((term) => term.id)
        .sort(),
    );
  });

  it('lists every term, linkable by its id, with its name and definition, from A to Z', async () => {
    const site = await openSitePage(browser);

    await site.visit('/glossary');
    const listed = await site.page.evaluate(
      (ids) => {
        // querySelectorAll returns matches in document order: the order a reader meets them.
        const selector = ids.map((id) => `[id="${CSS.escape(id)}"]`).join(', ');
        return Array.from(document.querySelectorAll(selector), (element) => {
          const entry = element.closest('article, li, section, dd, div') ?? element;
          return {
            id: element.id,
            // Docusaurus puts a zero-width space in each heading's "#" link.
            name: (element.textContent ?? '').replace(/\u200b/g, '').trim(),
            entryText: entry.textContent ?? '',
          };
        });
      },
      termsInLetterOrder.map((term) => term.id),
    );

    expect(listed.map(({ id, name }) => ({ id, name }))).toEqual(
      termsInLetterOrder.map((term) => ({ id: term.id, name: term.term })),
    );
    for (const [index, term] of termsInLetterOrder.entries()) {
      expect(listed[index]?.entryText, `definition of ${term.id}`).toContain(term.definition);
    }
  });

  it('puts the terms in alphabetical order, ignoring case', () => {
    const names = termsInLetterOrder.map((term) => term.term);

    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
  });

  it('heads each group with its letter, in order', async () => {
    const site = await openSitePage(browser);

    await site.visit('/glossary');
    const headings = await site.page.evaluate(() =>
      Array.from(document.querySelectorAll('h2, h3'), (heading) =>
        (heading.textContent ?? '').replace(/\u200b/g, '').trim(),
      ),
    );

    const letters = groups.map((group) => group.letter);
    expect(headings.filter((text) => letters.includes(text))).toEqual(letters);
  });

  it('narrows the entries as a keyboard user types in its filter, and says how many are left', async () => {
    const site = await openSitePage(browser);
    const { page } = site;
    await page.setViewportSize({ width: 390, height: 844 });
    await site.visit('/glossary');
    const status = page.locator('main search [role="status"]');
    expect(await status.textContent()).toBe(`All ${entryCount} entries.`);
    expect(await shownEntries(page)).toHaveLength(entryCount);

    await tabTo(page, 'main input[type="search"]', { maxPresses: 30 });
    expect(
      await page
        .getByLabel('Filter the glossary')
        .evaluate((box) => box === document.activeElement),
    ).toBe(true);
    await page.keyboard.type('gsomia');
    // The status line follows the last key press once the list has been narrowed for it.
    await expect.poll(() => status.textContent()).toMatch(/ match “gsomia”\.$/);

    const shown = await shownEntries(page);
    expect(shown.map(({ id }) => id)).toContain('gsomia');
    expect(shown.length).toBeLessThan(entryCount);
    for (const { id, text } of shown) expect(text.toLowerCase(), id).toContain('gsomia');
    expect(await status.textContent()).toBe(
      `${shown.length} of ${entryCount} entries match “gsomia”.`,
    );
    // Letters with no entry left leave the list of letters too.
    const letters = await page
      .getByRole('navigation', { name: 'Glossary sections' })
      .getByRole('link')
      .allTextContents();
    const shownLetters = new Set(
      shown
        .map(({ id }) => termsInLetterOrder.find((term) => term.id === id))
        .flatMap((term) =>
          term === undefined ? [] : [groups.find((group) => group.terms.includes(term))?.letter],
        ),
    );
    expect(letters.filter((letter) => letter !== 'Names')).toEqual(
      groups.map((group) => group.letter).filter((letter) => shownLetters.has(letter)),
    );

    await page.keyboard.type(' zebra');
    await expect.poll(() => status.textContent()).toBe('No entry matches “gsomia zebra”.');
    expect(await shownEntries(page)).toEqual([]);

    // Escape empties a search box: every entry is back.
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ tag: 'input', value: '' });
    expect(await shownEntries(page)).toHaveLength(entryCount);
  });

  it('finds no accessibility violation with the filter in use, light or dark', async () => {
    const site = await openSitePage(browser);
    const { page } = site;
    await site.visit('/glossary');
    await page.getByLabel('Filter the glossary').fill('korea');
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      found.push(
        ...describeViolations(await findWcagViolations(page)).map(
          (line) => `${colorScheme}: ${line}`,
        ),
      );
    }
    expect(found).toEqual([]);
  });
});
