import { timeline } from '@tmm/statement-content';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openSitePage } from './support/site-page';

const events = timeline();

describe('the timeline page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has events both before and after the meeting to show', () => {
    expect(events.some((event) => event.later)).toBe(true);
    expect(events.some((event) => !event.later)).toBe(true);
  });

  it('lists every timeline event in date order, each linkable by its id with its title', async () => {
    const site = await openSitePage(browser);

    await site.visit('/timeline');
    const listed = await site.page.evaluate(
      (ids) => {
        const selector = ids.map((id) => `[id="${CSS.escape(id)}"]`).join(', ');
        return Array.from(document.querySelectorAll(selector), (element) => ({
          id: element.id,
          text: element.textContent ?? '',
        }));
      },
      events.map((event) => event.id),
    );

    expect(listed.map((event) => event.id)).toEqual(events.map((event) => event.id));
    for (const [index, event] of events.entries()) {
      expect(listed[index]?.text, `title of ${event.id}`).toContain(event.title);
    }
  });

  it('labels every event after the meeting "Later", and no event before it', async () => {
    const site = await openSitePage(browser);

    await site.visit('/timeline');
    // A label is a visible element of the event whose own text reads "Later" (or "Later: ...").
    const labelled = await site.page.evaluate(
      (ids) =>
        ids.map((id) => {
          const event = document.getElementById(id);
          const labels = Array.from(event?.querySelectorAll('*') ?? []).filter(
            (element) =>
              /^Later\b/.test((element.textContent ?? '').trim()) && element.checkVisibility(),
          );
          return { id, later: labels.length > 0 };
        }),
      events.map((event) => event.id),
    );

    expect(labelled).toEqual(events.map((event) => ({ id: event.id, later: event.later })));
  });
});
