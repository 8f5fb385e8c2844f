import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openSitePage } from './support/site-page';

/** Where an element sits relative to the sticky navbar and the viewport. */
async function placeOf(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    const navbar = document.querySelector('.navbar');
    return {
      hash: decodeURIComponent(window.location.hash),
      top: target?.getBoundingClientRect().top ?? null,
      bottom: target?.getBoundingClientRect().bottom ?? null,
      navbarBottom: navbar?.getBoundingClientRect().bottom ?? 0,
      viewportHeight: window.innerHeight,
    };
  }, id);
}

type Place = Awaited<ReturnType<typeof placeOf>>;

/** Starts below the navbar, in the top third of what is visible under it. */
function landsNearTop(place: Place): boolean {
  if (place.top === null) return false;
  const visibleHeight = place.viewportHeight - place.navbarBottom;
  return place.top >= place.navbarBottom - 1 && place.top <= place.navbarBottom + visibleHeight / 3;
}

/** Wholly visible between the navbar and the bottom of the viewport. */
function isInViewBelowNavbar(place: Place): boolean {
  if (place.top === null || place.bottom === null) return false;
  return place.top >= place.navbarBottom - 1 && place.bottom <= place.viewportHeight;
}

describe('deep links into the statement reader', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    it(`lands /statement#p5 on paragraph 5, below the navbar, ${mode}`, async () => {
      const site = await openSitePage(browser, { javaScriptEnabled });

      await site.visit('/statement#p5');

      // Polled, not timed: the browser (and, with JavaScript, the router) scrolls after load.
      await expect
        .poll(() => placeOf(site.page, 'p5'), { timeout: 10_000 })
        .toSatisfy(landsNearTop);
      expect((await placeOf(site.page, 'p5')).hash).toBe('#p5');
    });

    // A sentence may be centred (the reader highlights it); it must be in view, not under the navbar.
    it(`shows the sentence of /statement#p3.s2 in view below the navbar, ${mode}`, async () => {
      const site = await openSitePage(browser, { javaScriptEnabled });

      await site.visit('/statement#p3.s2');

      await expect
        .poll(() => placeOf(site.page, 'p3.s2'), { timeout: 10_000 })
        .toSatisfy(isInViewBelowNavbar);
    });
  }
});
