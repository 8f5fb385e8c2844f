import { keyPoints } from '@tmm/statement-content';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { required } from './support/required';
import { openSitePage } from './support/site-page';
import { sourceParagraphs } from './support/statement-source';

const source = await sourceParagraphs();

/** The key point ids the highlighted ranges name, and how the first range looks. */
async function highlights(page: Page) {
  return page.evaluate(() => {
    const ranges = Array.from(document.querySelectorAll('[data-paragraph-text] [data-keypoint]'));
    const first = ranges[0];
    const style = first === undefined ? null : getComputedStyle(first);
    return {
      ids: [
        ...new Set(
          ranges.flatMap((range) => (range.getAttribute('data-keypoint') ?? '').split(/\s+/)),
        ),
      ]
        .filter((id) => id !== '')
        .sort(),
      look:
        style === null
          ? null
          : [
              style.backgroundColor,
              style.color,
              style.textDecorationLine,
              style.boxShadow,
              style.outlineStyle,
              style.fontWeight,
              style.borderBottomStyle,
            ].join(' / '),
      paragraphs: Array.from(
        document.querySelectorAll('[data-paragraph-text]'),
        (text) => text.textContent,
      ),
    };
  });
}

describe('the key points toggle of the statement reader', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('highlights every key point by keyboard, without changing the text, and turns off again', async () => {
    const site = await openSitePage(browser);
    await site.visit('/statement');
    const toggle = site.page
      .getByRole('button', { name: /key points/i, pressed: false })
      .or(site.page.getByRole('checkbox', { name: /key points/i, checked: false }));
    expect(await toggle.count(), 'one key points toggle (aria-pressed button or checkbox)').toBe(1);
    const handle = required(await toggle.elementHandle(), 'the key points toggle');
    const isOn = () =>
      handle.evaluate((control) =>
        control instanceof HTMLInputElement
          ? control.checked
          : control.getAttribute('aria-pressed') === 'true',
      );
    const before = await highlights(site.page);

    await handle.focus();
    await site.page.keyboard.press('Space');

    await expect.poll(isOn).toBe(true);
    const on = await highlights(site.page);
    expect(on.ids).toEqual(
      keyPoints()
        .map((point) => point.id)
        .sort(),
    );
    expect(on.look, 'highlighted ranges look different from plain text').not.toEqual(before.look);
    expect(on.paragraphs).toEqual(source);

    await site.page.keyboard.press('Space');

    await expect.poll(isOn).toBe(false);
    expect((await highlights(site.page)).look).toEqual(before.look);
  });
});
