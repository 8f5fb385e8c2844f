import { mkdir } from 'node:fs/promises';
import { paragraphIds, paragraphText } from '@tmm/statement-content';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { useColorScheme } from './support/color-scheme';
import { quizSection } from './support/quiz-page';
import { openSitePage } from './support/site-page';

// The phone polish of issue 15, measured in the page at 390×844: the menu drawer as a dialog,
// no floating button over the text, controls at body text size, numbered reader sentences that
// copy as the text, no line starting with a term's punctuation, the statement in the first
// screen, a course 404 page and each lesson's time. JOURNEY_SCREENSHOTS=<folder> keeps screenshots.

const PHONE = { width: 390, height: 844 } as const;

async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.JOURNEY_SCREENSHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: `${folder}/${name}.png` });
}

const inDrawer = (page: Page) =>
  page.evaluate(() => document.querySelector('.navbar-sidebar')?.contains(document.activeElement));

describe('phone polish at 390×844', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps focus inside the open menu drawer and closes it with Escape, back on the menu button', async () => {
    const site = await openSitePage(browser);
    await site.page.setViewportSize(PHONE);
    await site.visit('/lessons/the-meeting');
    await site.page.locator('.navbar__toggle').focus();
    await site.page.keyboard.press('Enter');
    await site.page.locator('.navbar-sidebar--show').waitFor({ state: 'attached' });
    await expect.poll(() => inDrawer(site.page)).toBe(true);
    for (let press = 0; press < 40; press += 1) {
      await site.page.keyboard.press('Tab');
      expect(await inDrawer(site.page), `Tab ${press + 1}`).toBe(true);
    }
    for (let press = 0; press < 10; press += 1) {
      await site.page.keyboard.press('Shift+Tab');
      expect(await inDrawer(site.page), `Shift+Tab ${press + 1}`).toBe(true);
    }
    await site.page.keyboard.press('Escape');
    await expect.poll(() => site.page.locator('.navbar-sidebar--show').count()).toBe(0);
    expect(
      await site.page.evaluate(() => document.activeElement?.classList.contains('navbar__toggle')),
    ).toBe(true);
  });

  it('shows no back-to-top button over the text, and quiz controls at body text size', async () => {
    const site = await openSitePage(browser);
    await site.page.setViewportSize(PHONE);
    await site.visit('/lessons/the-meeting');
    const quiz = quizSection(site.page, 'the-meeting');
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await site.page.mouse.wheel(0, 3000);
    await site.page.mouse.wheel(0, -400);
    await site.page.waitForTimeout(500);
    expect(await site.page.locator('.theme-back-to-top-button').isVisible()).toBe(false);

    const sizes = await quiz.locator('button').evaluateAll((buttons) => {
      const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
      return buttons.map((button) => ({
        text: button.textContent?.trim(),
        size: Number.parseFloat(getComputedStyle(button).fontSize),
        body,
      }));
    });
    expect(sizes.some((entry) => entry.text?.startsWith('Show hint'))).toBe(true);
    for (const { text, size, body } of sizes) expect(size, text).toBeGreaterThanOrEqual(body);
  });

  it('numbers the reader’s sentences on screen while the text, and a copy of it, stay word for word', async () => {
    const site = await openSitePage(browser);
    await site.page.setViewportSize(PHONE);
    await site.visit('/statement');
    for (const id of paragraphIds) {
      const shown = await site.page.evaluate((paragraph) => {
        const text = document.querySelector(`[data-paragraph-text="${paragraph}"]`);
        if (!text) return null;
        const selection = window.getSelection();
        const range = document.createRange();
        range.selectNodeContents(text);
        selection?.removeAllRanges();
        selection?.addRange(range);
        const copied = selection?.toString() ?? '';
        selection?.removeAllRanges();
        return {
          copied,
          textContent: text.textContent,
          numbers: [...text.querySelectorAll('[data-sentence]')].map(
            (sentence) => getComputedStyle(sentence, '::before').content,
          ),
        };
      }, id);
      expect(shown?.textContent, id).toBe(paragraphText(id));
      expect(shown?.copied.replace(/\s+/g, ' ').trim(), id).toBe(paragraphText(id));
      expect(shown?.numbers, id).toEqual(shown?.numbers.map((_, index) => `"${index + 1}" / ""`));
    }
  });

  it('never starts a line of the reader with the punctuation after a term or name', async () => {
    const site = await openSitePage(browser);
    for (const width of [320, 390]) {
      await site.page.setViewportSize({ width, height: PHONE.height });
      await site.visit('/statement');
      const stranded = await site.page.evaluate(() => {
        const found: string[] = [];
        for (const trigger of document.querySelectorAll(
          '[data-paragraph-text] button[data-term], [data-paragraph-text] button[data-entity]',
        )) {
          const after = trigger.nextSibling;
          const text = after?.nodeType === Node.TEXT_NODE ? after : after?.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE || !/^[).,;:]/.test(text.textContent ?? ''))
            continue;
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, 1);
          const mark = range.getClientRects()[0];
          const end = [...trigger.getClientRects()].at(-1);
          // A line apart: the punctuation's line ends lower than the term's last line.
          if (mark && end && Math.abs(mark.bottom - end.bottom) > mark.height / 2)
            found.push(`${trigger.textContent}${text.textContent?.charAt(0)}`);
        }
        return found;
      });
      expect(stranded, `${width} px`).toEqual([]);
    }
  });

  it('starts the statement within the first screen', async () => {
    const site = await openSitePage(browser);
    await site.page.setViewportSize(PHONE);
    await site.visit('/statement');
    const top = await site.page.evaluate(
      () => document.querySelector('[data-paragraph-text="p1"]')?.getBoundingClientRect().top,
    );
    await screenshot(site.page, 'statement-phone');
    console.log(`390×844 /statement: paragraph 1 starts at y=${top} of 844`);
    expect(top).toBeLessThan(PHONE.height);
  });

  it('shows each lesson’s time under its title, in the first screen', async () => {
    const site = await openSitePage(browser);
    await site.page.setViewportSize(PHONE);
    await site.visit('/lessons/missile-warning-data');
    const time = site.page.locator('[data-lesson-time]');
    expect(await time.textContent()).toMatch(
      /^About \d+ minutes? to read, and \d+ minutes? for the quiz \(\d+ questions?\)\.$/,
    );
    const place = await site.page.evaluate(() => ({
      title: document.querySelector('h1')?.getBoundingClientRect().bottom ?? 0,
      time: document.querySelector('[data-lesson-time]')?.getBoundingClientRect().top ?? 0,
    }));
    expect(place.time).toBeGreaterThan(place.title);
    expect(place.time).toBeLessThan(PHONE.height);
  });

  it('answers an unknown address with the course’s 404 page and the ways back in', async () => {
    const site = await openSitePage(browser);
    await site.page.setViewportSize(PHONE);
    // An unknown address answers 404 with the course's page (fetched apart: the page guard
    // counts any 404 it sees as a fault), which the browser then shows as built.
    const unknown = await fetch(new URL('/lessons/no-such-lesson', site.origin));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This page is not in the course');
    await site.visit('/404.html');
    expect(await site.page.locator('h1').textContent()).toBe('This page is not in the course');
    const links = await site.page
      .locator('[data-not-found-ways] a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual([
      '/lessons',
      '/statement',
      '/glossary',
      '/timeline',
      '/progress',
      '/search',
    ]);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(site.page, scheme);
      expect(describeViolations(await findWcagViolations(site.page)), scheme).toEqual([]);
    }
  });
});
