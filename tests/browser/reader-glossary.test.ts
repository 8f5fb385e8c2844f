import { entity, glossaryTerm } from '@tmm/statement-content';
import type { Browser, ElementHandle } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { required } from './support/required';
import { openSitePage, type SitePage } from './support/site-page';

// Enough presses to pass the skip link, the navbar and the reader's own controls.
const maxTabs = 80;

/** Presses Tab until a glossary trigger has focus; returns it, or null after `maxTabs` presses. */
async function tabToGlossaryTerm(site: SitePage): Promise<ElementHandle<Element> | null> {
  for (let press = 0; press < maxTabs; press += 1) {
    await site.page.keyboard.press('Tab');
    const focused = await site.page.evaluateHandle(() =>
      document.activeElement instanceof HTMLElement && document.activeElement.matches('[data-term]')
        ? document.activeElement
        : null,
    );
    const element = focused.asElement();
    if (element !== null) return element;
    await focused.dispose();
  }
  return null;
}

/** What a trigger and the panel it controls show, read in one go. */
async function disclosureState(trigger: ElementHandle<Element>) {
  return trigger.evaluate((button) => {
    const panelId = button.getAttribute('aria-controls');
    const panel = panelId === null ? null : document.getElementById(panelId);
    return {
      expanded: button.getAttribute('aria-expanded'),
      panelVisible: panel?.checkVisibility() ?? false,
      panelText: panel?.textContent ?? '',
      panelInsideText: panel !== null && panel.closest('[data-paragraph-text]') !== null,
      triggerHasFocus: document.activeElement === button,
    };
  });
}

describe('annotations in the statement reader', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens and closes a glossary term by keyboard alone, returning focus to its trigger', async () => {
    const site = await openSitePage(browser);
    await site.visit('/statement');

    const trigger = required(
      await tabToGlossaryTerm(site),
      `a [data-term] button within ${maxTabs} presses of Tab`,
    );
    const termId = required(await trigger.getAttribute('data-term'), 'data-term value');
    const term = required(glossaryTerm(termId), `glossary term "${termId}" in the content package`);
    expect(await trigger.evaluate((button) => button.tagName.toLowerCase())).toBe('button');
    expect(await trigger.getAttribute('type')).toBe('button');
    expect(await trigger.getAttribute('aria-controls')).toMatch(/\S/);
    expect(await disclosureState(trigger)).toMatchObject({
      expanded: 'false',
      panelVisible: false,
    });

    await site.page.keyboard.press('Enter');

    await expect
      .poll(() => disclosureState(trigger))
      .toMatchObject({
        expanded: 'true',
        panelVisible: true,
        panelInsideText: false,
      });
    expect((await disclosureState(trigger)).panelText).toContain(term.definition);

    await site.page.keyboard.press('Escape');

    await expect
      .poll(() => disclosureState(trigger))
      .toMatchObject({
        expanded: 'false',
        panelVisible: false,
        triggerHasFocus: true,
      });
  });

  it('opens an entity with its description, outside the statement text', async () => {
    const site = await openSitePage(browser);
    await site.visit('/statement');
    const handle = required(
      await site.page.$('[data-paragraph-text] button[data-entity]'),
      'a button[data-entity] in the statement text',
    );
    const entityId = required(await handle.getAttribute('data-entity'), 'data-entity value');
    const named = required(entity(entityId), `entity "${entityId}" in the content package`);
    expect(await handle.getAttribute('type')).toBe('button');
    expect(await handle.getAttribute('aria-controls')).toMatch(/\S/);
    expect(await handle.getAttribute('aria-expanded')).toBe('false');

    await handle.focus();
    await site.page.keyboard.press('Enter');

    await expect
      .poll(() => disclosureState(handle))
      .toMatchObject({
        expanded: 'true',
        panelVisible: true,
        panelInsideText: false,
      });
    expect((await disclosureState(handle)).panelText).toContain(named.description);

    await site.page.keyboard.press('Escape');

    await expect
      .poll(() => disclosureState(handle))
      .toMatchObject({
        expanded: 'false',
        triggerHasFocus: true,
      });
  });

  it("opens a paragraph's glossary link in place, by keyboard, at the term", async () => {
    const site = await openSitePage(browser);
    await site.visit('/statement');
    const summary = required(
      await site.page.$('#p2 details summary'),
      "paragraph 2's list of terms and names",
    );
    await summary.focus();
    await site.page.keyboard.press('Enter');
    const link = site.page.locator('#p2 details dt a').first();
    const href = required(await link.getAttribute('href'), 'href of the first term link');
    expect(href).toMatch(/^\/glossary#[a-z0-9-]+$/);
    // A page load would lose this mark: in-site navigation keeps the page's window.
    await site.page.evaluate(() => {
      (window as { sameDocument?: boolean }).sameDocument = true;
    });

    await link.focus();
    await site.page.keyboard.press('Enter');

    await site.page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    const anchor = href.slice(href.indexOf('#') + 1);
    await expect.poll(() => site.page.locator(`[id="${anchor}"]`).count()).toBe(1);
    expect(
      await site.page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
  });
});
