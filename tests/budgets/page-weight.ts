import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { guardPage } from '../browser/support/request-guard';
import { serviceWorkerReady } from '../browser/support/service-worker';
import { waitForQuizzes } from '../browser/support/wait-for-quizzes';

/** A count of requests and their bytes, as served and gzipped. */
export interface ByteCount {
  readonly requests: number;
  /** Response bodies as the files hold them (decoded, whatever the server's compression). */
  readonly bytes: number;
  /** The same bodies gzipped at level 9, so the figure does not depend on a server's setting. */
  readonly gzipBytes: number;
}

/** What loading one page costs: JavaScript, CSS and every request it makes for itself. */
export interface PageWeight {
  readonly path: string;
  readonly js: ByteCount;
  readonly css: ByteCount;
  /** Every request of the page, the document, scripts, styles, images and fonts included. */
  readonly all: ByteCount;
  /**
   * Chunks of other pages that Docusaurus prefetches while the browser is idle (links in view);
   * counted apart, since they speed up the next page rather than make this one.
   */
  readonly prefetched: ByteCount;
  /** The JavaScript files the page loaded, by path, with their gzip bytes. */
  readonly scripts: readonly { readonly path: string; readonly gzipBytes: number }[];
  /** Foreign requests, failed loads and errors the request guard saw; empty when the page behaved. */
  readonly problems: readonly string[];
}

/** The phone Lighthouse's mobile defaults emulate (Moto G Power): the pages are weighed on it. */
export const mobileScreen = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
} as const;

interface Loaded {
  readonly url: string;
  readonly kind: 'js' | 'css' | 'other';
  readonly prefetch: boolean;
  readonly bytes: number;
  readonly gzipBytes: number;
}

const none: ByteCount = { requests: 0, bytes: 0, gzipBytes: 0 };

function total(loads: readonly Loaded[]): ByteCount {
  return loads.reduce(
    (sum, load) => ({
      requests: sum.requests + 1,
      bytes: sum.bytes + load.bytes,
      gzipBytes: sum.gzipBytes + load.gzipBytes,
    }),
    none,
  );
}

function kindOf(request: Request): Loaded['kind'] {
  const type = request.resourceType();
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  return 'other';
}

/** Keeps the first load of each URL: a page that asks twice for a file pays for it once. */
function unique(loads: readonly Loaded[]): Loaded[] {
  const byUrl = new Map<string, Loaded>();
  for (const load of loads) if (!byUrl.has(load.url)) byUrl.set(load.url, load);
  return [...byUrl.values()];
}

/**
 * Loads `path` of the site at `origin` in a fresh mobile context, with JavaScript, until React
 * has hydrated it and the network is quiet, and adds up what it fetched. Counts bytes, never
 * time: the same build gives the same figures.
 */
export async function measurePageWeight(
  browser: Browser,
  origin: string,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext(mobileScreen);
  try {
    const page = await context.newPage();
    const guard = await guardPage(page, origin);
    const reads: Promise<Loaded | undefined>[] = [];
    const onFinished = (request: Request) => {
      const read = (async () => {
        const response = await request.response();
        if (response === null || new URL(request.url()).origin !== origin) return undefined;
        const body = await response.body();
        const purpose = request.headers()['sec-purpose'] ?? request.headers().purpose ?? '';
        return {
          url: request.url(),
          kind: kindOf(request),
          prefetch: purpose.includes('prefetch'),
          bytes: body.byteLength,
          gzipBytes: gzipSync(body, { level: 9 }).byteLength,
        };
      })();
      // Awaited below; this only keeps a page that fails to load from leaving it unhandled.
      read.catch(() => undefined);
      reads.push(read);
    };
    page.on('requestfinished', onFinished);
    const response = await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    if (response === null || !response.ok()) {
      throw new Error(
        `${path} answered ${response?.status() ?? 'nothing'}; is the build complete?`,
      );
    }
    await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    // What a quiz costs is counted once it can be taken.
    await waitForQuizzes(page);
    await page.waitForLoadState('networkidle');
    // A site with an offline copy (a web app manifest) registers its service worker once the
    // page has settled (apps/course-site/src/pwa): the registration's code is part of every
    // page's weight, so it is waited for, and every page pays for it alike.
    if ((await page.locator('link[rel="manifest"]').count()) > 0) {
      await serviceWorkerReady(page);
      await page.waitForLoadState('networkidle');
    }
    // Stop listening before adding up, so nothing reads a body while the context closes.
    page.off('requestfinished', onFinished);
    const loads = (await Promise.all(reads)).filter((load) => load !== undefined);
    const own = unique(loads.filter((load) => !load.prefetch));
    const ownUrls = new Set(own.map((load) => load.url));
    const prefetched = unique(loads.filter((load) => load.prefetch && !ownUrls.has(load.url)));
    const scripts = own.filter((load) => load.kind === 'js');
    return {
      path,
      js: total(scripts),
      css: total(own.filter((load) => load.kind === 'css')),
      all: total(own),
      prefetched: total(prefetched),
      scripts: scripts.map((load) => ({
        path: new URL(load.url).pathname,
        gzipBytes: load.gzipBytes,
      })),
      problems: guard.problems(),
    };
  } finally {
    await context.close();
  }
}
