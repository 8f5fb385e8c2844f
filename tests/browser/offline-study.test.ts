import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseQuiz } from '../support/course-quizzes';
import { launchBrowser } from './support/browser';
import { answerCorrectly, quizSection } from './support/quiz-page';
import { required } from './support/required';
import { serviceWorkerReady } from './support/service-worker';
import { buildDir } from './support/site-build';
import { openSitePage, type SitePage } from './support/site-page';
import { sourceParagraphs } from './support/statement-source';
import { waitForQuizzes } from './support/wait-for-quizzes';

// Offline study: after one visit with the network on, the service worker of
// @docusaurus/plugin-pwa has precached the build, and a student on a phone with the network
// off still opens lessons, the reader and /progress and takes a quiz to its results.
// Set JOURNEY_SCREENSHOTS to a folder to keep screenshots of the offline pages.

const phone = { width: 390, height: 844 } as const;
const lesson = courseQuiz('the-meeting').quiz;

async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.JOURNEY_SCREENSHOTS;
  if (folder === undefined || folder === '') return;
  await page.screenshot({ path: `${folder}/${name}.png` });
}

/** Goes to `path` with the network off: the page must come from the service worker. */
async function visitOffline(site: SitePage, path: string): Promise<void> {
  const response = await site.page.goto(new URL(path, site.origin).href, { waitUntil: 'load' });
  expect(response?.ok(), `${path} offline`).toBe(true);
  expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
  await site.page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  await waitForQuizzes(site.page);
}

describe('offline study', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('precaches every page and the lazily loaded chunks, and nothing from another host', async () => {
    const worker = await readFile(join(buildDir, 'sw.js'), 'utf8');
    // The precache list workbox injected into the worker: {"revision", "url"} entries.
    const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map(([, url]) => url ?? '');
    for (const file of [
      'index.html',
      'lessons/the-meeting.html',
      'statement.html',
      'progress.html',
      'glossary.html',
      'timeline.html',
      '404.html',
    ])
      expect(urls, file).toContain(file);
    expect(urls.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(20);
    expect(urls.filter((url) => /^[a-z]+:\/\//.test(url) || url.startsWith('//'))).toEqual([]);
  });

  it('after one visit, takes a quiz on a phone with the network off, and opens the reader and /progress', async () => {
    const site = await openSitePage(browser);
    const { page, context } = site;
    await page.setViewportSize(phone);
    await site.visit('/');
    expect(await serviceWorkerReady(page)).toMatch(/\/sw\.js\?/);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // From here on, everything the pages load must come from the service worker.
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker()) fromNetwork.push(response.url());
    });

    await visitOffline(site, '/lessons/the-meeting');
    const quiz = quizSection(page, 'the-meeting');
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    for (const [index, question] of lesson.questions.entries()) {
      await answerCorrectly(quiz, question);
      await quiz.getByRole('button', { name: 'Check answer' }).click();
      expect(await quiz.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
      if (index === 0) await screenshot(page, 'offline-quiz-feedback');
      const last = index === lesson.questions.length - 1;
      await quiz.getByRole('button', { name: last ? 'See your results' : 'Next question' }).click();
    }
    const results = required(await quiz.locator('[data-results]').textContent(), 'the results');
    expect(results).toContain('Passed');
    expect(results).toMatch(/You earned (\d+(\.\d+)?) of \1 marks: 100%\./);
    await quiz.locator('[data-results]').scrollIntoViewIfNeeded();
    await screenshot(page, 'offline-quiz-results');

    await visitOffline(site, '/statement');
    const seventh = required((await sourceParagraphs())[6], 'paragraph 7 of the source');
    expect(await page.locator('#p7').textContent()).toContain(seventh.slice(0, 60));

    await visitOffline(site, '/progress');
    await page.locator('[data-progress-ready]').waitFor();
    expect(await page.locator('[data-lessons-completed]').textContent()).toMatch(
      /You have completed 1 of \d+ lessons\./,
    );
    await screenshot(page, 'offline-progress');
    expect(fromNetwork).toEqual([]);
  });
});
