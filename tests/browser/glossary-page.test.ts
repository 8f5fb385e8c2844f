import { glossary, termsByFirstLetter } from '@tmm/statement-content';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openSitePage } from './support/site-page';

const groups = termsByFirstLetter();
const termsInLetterOrder = groups.flatMap((group) => group.terms);

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
});
