import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openSitePage } from './support/site-page';

// Docusaurus fetches, ahead of a click, the code of the pages that links in view lead to. The
// course keeps that to what a learner can see and fetches each route once, in idle time
// (apps/course-site/src/prefetch): not the links of the phone's closed menu drawer, which its
// slide at hydration used to carry across the screen's edge, and not the glossary once per
// glossary term linked from a lesson.

const PHONE = { width: 390, height: 844 } as const;

/** The `<link rel=prefetch>` addresses in the page's head, each as often as it was added. */
const prefetchLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('link[rel="prefetch"]')].map(
      (link) => new URL(link.getAttribute('href') ?? '', location.href).pathname,
    ),
  );

/**
 * An init script that logs every path Docusaurus's own `prefetch` is asked for: it wraps the
 * helpers Docusaurus mounts on `window.docusaurus` (the first assignment), and leaves the course's
 * own wrapper, assigned after, as it is. A string, run in the page as written.
 */
const DOCUSAURUS_PREFETCH_LOG = `(() => {
  window.__docusaurusPrefetched = [];
  let current;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set(value) {
      if (current !== undefined) {
        current = value;
        return;
      }
      current = Object.freeze({
        prefetch(path) {
          window.__docusaurusPrefetched.push(path);
          return value.prefetch(path);
        },
        preload: (path) => value.preload(path),
      });
    },
  });
})()`;

/** Waits for the page to go quiet: the network idle and an idle callback run twice. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  for (let round = 0; round < 2; round += 1) {
    await page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
    );
    await page.waitForLoadState('networkidle');
  }
}

describe('prefetching the pages that links lead to', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('leaves the closed menu drawer alone on a phone, and fetches its lessons once it opens', async () => {
    const site = await openSitePage(browser);
    await site.page.setViewportSize(PHONE);
    // Loaded as a learner does, not through `visit`, which scrolls to the quiz and back.
    await site.page.goto(new URL('/lessons/the-meeting', site.origin).href);
    await site.page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await settle(site.page);
    const closed = await prefetchLinks(site.page);

    // Eight lessons of about 19 chunks each were prefetched behind the closed drawer (191 links).
    expect(closed.length, closed.join('\n')).toBeLessThanOrEqual(20);

    await site.page.locator('.navbar__toggle').click();
    await site.page.locator('.navbar-sidebar--show').waitFor({ state: 'attached' });
    await expect
      .poll(async () => (await prefetchLinks(site.page)).length, { timeout: 15_000 })
      .toBeGreaterThan(closed.length + 20);
    const opened = await prefetchLinks(site.page);

    console.info(`prefetch links at 390×844: ${closed.length} closed, ${opened.length} opened`);
  });

  it("fetches the glossary's code once for a lesson's many glossary terms", async () => {
    // The glossary's own chunks: what opening it loads that neither the lesson nor the timeline
    // (a page of the same kind) loads.
    const scriptsOf = async (path: string) => {
      const page = await openSitePage(browser);
      const scripts = new Set<string>();
      page.page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      });
      await page.visit(path);
      await page.page.waitForLoadState('networkidle');
      return scripts;
    };
    const timeline = await scriptsOf('/timeline');
    const lesson = await scriptsOf('/lessons/the-meeting');
    const glossaryOwn = [...(await scriptsOf('/glossary'))].filter(
      (script) => !timeline.has(script) && !lesson.has(script),
    );

    const site = await openSitePage(browser);
    await site.page.setViewportSize(PHONE);
    // What reaches Docusaurus's own prefetch: its helpers, as it mounts them, counted.
    await site.page.addInitScript(DOCUSAURUS_PREFETCH_LOG);
    await site.page.goto(new URL('/lessons/the-meeting', site.origin).href);
    await site.page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    // Every link of the lesson comes into view, its glossary terms among them.
    for (let y = 0; y < 40; y += 1) {
      await site.page.mouse.wheel(0, 600);
      await site.page.waitForTimeout(50);
    }
    await settle(site.page);
    const links = await prefetchLinks(site.page);
    const fetched: string[] = await site.page.evaluate('window.__docusaurusPrefetched');
    // Every page of the course linked from anywhere on the lesson's page, and its term links.
    const { terms, routes } = await site.page.evaluate(() => {
      const paths = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')].map(
        (link) => link.pathname,
      );
      return {
        terms: paths.filter((path) => path === '/glossary').length,
        routes: [...new Set(paths)],
      };
    });
    const timesEach = glossaryOwn.map((script) => links.filter((link) => link === script).length);

    console.info(
      `${terms} glossary term links, links to ${routes.length} pages; Docusaurus asked to ` +
        `prefetch ${fetched.join(', ')}; the glossary's own chunks prefetched ${timesEach.join(', ')} times`,
    );
    expect(terms).toBeGreaterThan(5);
    // Each page at most once, by its route alone, and only pages the lesson links to.
    expect(fetched.length).toBeGreaterThan(0);
    expect(new Set(fetched).size).toBe(fetched.length);
    for (const path of fetched) expect(routes).toContain(path);
    // A term link leads to the glossary's code (its address with a fragment matched no page).
    expect(glossaryOwn.length).toBeGreaterThan(0);
    expect(timesEach.every((times) => times === 1)).toBe(true);
  });
});
