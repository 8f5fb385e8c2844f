import { getParagraph } from '@tmm/statement-content';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openSitePage } from './support/site-page';
import { sourceParagraphs } from './support/statement-source';

const source = await sourceParagraphs();

describe('the statement reader shows the statement word for word', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      it('renders the 8 paragraphs exactly as the published source, in text and on screen', async () => {
        const site = await openSitePage(browser, { javaScriptEnabled });

        await site.visit('/statement');
        const rendered = await site.page.evaluate(() =>
          Array.from({ length: 8 }, (_, index) => {
            const id = `p${index + 1}`;
            const texts = document
              .getElementById(id)
              ?.querySelectorAll(`[data-paragraph-text="${id}"]`);
            const text = texts?.[0];
            return {
              id,
              textElements: texts?.length ?? 0,
              textContent: text?.textContent ?? null,
              // biome-ignore lint/performance/useDomNodeTextContent: the laid-out, visible text is the point; hidden extras would show here.
              innerText: text instanceof HTMLElement ? text.innerText : null,
            };
          }),
        );
        const paragraphTextCount = await site.page.locator('[data-paragraph-text]').count();

        expect(rendered).toEqual(
          source.map((text, index) => ({
            id: `p${index + 1}`,
            textElements: 1,
            textContent: text,
            innerText: text,
          })),
        );
        expect(paragraphTextCount).toBe(8);
      });

      it('marks every sentence with its id, in the order of the content package', async () => {
        const site = await openSitePage(browser, { javaScriptEnabled });

        await site.visit('/statement');
        const sentences = await site.page.evaluate(() =>
          Array.from({ length: 8 }, (_, index) => {
            const id = `p${index + 1}`;
            const text = document.querySelector(`[data-paragraph-text="${id}"]`);
            return Array.from(text?.querySelectorAll('[data-sentence]') ?? [], (span) => ({
              tag: span.tagName.toLowerCase(),
              id: span.id,
              sentence: span.getAttribute('data-sentence'),
              text: span.textContent,
            }));
          }),
        );

        expect(sentences).toEqual(
          source.map((_, index) =>
            (getParagraph(`p${index + 1}`)?.sentences ?? []).map((sentence) => ({
              tag: 'span',
              id: sentence.id,
              sentence: sentence.id,
              text: sentence.text,
            })),
          ),
        );
      });
    });
  }
});
