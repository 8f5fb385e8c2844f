import { entity, formatDate, statement, timeline } from '@tmm/statement-content';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { useColorScheme } from './support/color-scheme';
import { openSitePage } from './support/site-page';

// The pictures: who met where on the home page, the timeline drawn on /timeline. Inline SVG
// (the request guard fails on any other host), named by a caption that says what they show,
// with every word taken from the content package.

const events = timeline();

describe('the pictures', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws who met where on the home page, named by its caption, from the statement’s facts', async () => {
    const site = await openSitePage(browser, { javaScriptEnabled: false });
    await site.visit('/');
    const picture = site.page.locator('figure svg[role="img"]').first();
    const caption = site.page.locator('figure figcaption').first();

    const captionText = (await caption.textContent()) ?? '';
    expect(await picture.getAttribute('aria-labelledby')).toBe(await caption.getAttribute('id'));
    const drawn = (await picture.locator('text').allTextContents()).join(' | ');
    for (const participant of statement.participants) {
      expect(drawn).toContain(participant.name);
      expect(captionText).toContain(participant.name);
      const state = entity(participant.state)?.name.replace(/\s*\([^)]*\)$/, '') ?? '';
      expect(state).not.toBe('');
      expect(drawn).toContain(state);
    }
    expect(drawn).toContain(`${statement.place}, ${statement.dateText}`);
    const dialogue = events.find((event) => /Shangri-La Dialogue/.test(event.title));
    expect(dialogue).toBeDefined();
    expect(captionText).toContain(`(opened ${formatDate(dialogue?.date ?? '')})`);
    expect(drawn).toContain('Shangri-La Dialogue');
  });

  it('draws the timeline: one mark per event, shaped by before, the meeting and after', async () => {
    const site = await openSitePage(browser, { javaScriptEnabled: false });
    await site.visit('/timeline');
    const chart = site.page.locator('figure svg[role="img"]');

    const marks = await chart.evaluate((svg) => ({
      dots: svg.querySelectorAll('circle').length,
      diamonds: svg.querySelectorAll('path').length,
      years: Array.from(svg.querySelectorAll('text'), (text) => Number(text.textContent)),
    }));
    const meeting = events.filter((event) => event.entityId === statement.id);
    expect(meeting).toHaveLength(1);
    expect(marks.diamonds).toBe(1);
    expect(marks.dots).toBe(events.length - 1);
    const years = events.map((event) => Number(event.date.slice(0, 4)));
    const first = Math.min(...years);
    const last = Math.max(...years);
    expect(marks.years).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    const caption = await site.page.locator('figure figcaption').textContent();
    expect(caption).toContain(`${events.length} events from ${first} to ${last}`);
    expect(caption).toContain(`the meeting on ${formatDate(statement.date)}`);
    expect(caption).toContain(`${events.filter((event) => event.later).length} after it`);
  });

  it('finds no accessibility violation on a phone in light and dark with the pictures in view', async () => {
    const found: string[] = [];
    for (const path of ['/', '/timeline']) {
      const site = await openSitePage(browser);
      await site.page.setViewportSize({ width: 390, height: 844 });
      await site.visit(path);
      await site.page.locator('figure').first().scrollIntoViewIfNeeded();
      for (const colorScheme of ['light', 'dark'] as const) {
        await useColorScheme(site.page, colorScheme);
        found.push(
          ...describeViolations(await findWcagViolations(site.page)).map(
            (line) => `${path}, ${colorScheme}: ${line}`,
          ),
        );
      }
    }
    expect(found).toEqual([]);
  });
});
