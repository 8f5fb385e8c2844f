import { readdir, readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { builtPages } from './support/site-build';
import { openSitePage } from './support/site-page';

const examplesDir = new URL('../../apps/course-site/quizzes/examples/', import.meta.url);

describe("the instructors' guide in the production build", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has the guide pages and no answer-key preview (a development-only page)', async () => {
    const paths = (await builtPages()).map((page) => page.path);

    expect(paths).toEqual(
      expect.arrayContaining([
        '/instructors',
        '/instructors/format-reference',
        '/instructors/examples',
        '/instructors/errors',
        '/instructors/answers-visible',
      ]),
    );
    expect(paths.filter((path) => path.startsWith('/instructors/preview'))).toEqual([]);
  });

  it("puts the course in an LMS step by step for Moodle, citing Moodle's documentation", async () => {
    const site = await openSitePage(browser);
    await site.visit('/instructors/moving-questions');
    const section = site.page.locator('h2:has-text("The whole course in your LMS (SCORM)")');
    expect(await section.count()).toBe(1);
    expect(await site.page.getByText('npm run package:scorm', { exact: true }).count()).toBe(1);
    expect(await site.page.getByRole('link', { name: 'SCORM settings' }).getAttribute('href')).toBe(
      'https://docs.moodle.org/401/en/SCORM_settings',
    );
    expect(
      await site.page
        .locator('h3:has-text("Adding the package to Moodle, step by step") + p + ol > li')
        .count(),
    ).toBe(8);
  });

  it('shows every example quiz file both as written and live', async () => {
    const files = (await readdir(examplesDir)).filter((name) => name.endsWith('.quiz.yaml'));
    const site = await openSitePage(browser);

    await site.visit('/instructors/examples');

    for (const file of files) {
      const id = file.replace('.quiz.yaml', '');
      const source = await readFile(new URL(file, examplesDir), 'utf8');
      const title = /^title: (['"]?)(.+)\1$/m.exec(source)?.[2];
      await expect
        .poll(() => site.page.locator(`[data-quiz="${id}"]`).count(), { message: id })
        .toBe(1);
      expect(await site.page.getByText(file, { exact: true }).count(), file).toBe(1);
      expect(await site.page.locator(`[data-quiz="${id}"] h3`).textContent()).toBe(title);
    }
  });

  it('ships a quiz only with the pages that embed it: a lesson loads no example quiz', async () => {
    // An option of the single-choice example, found in no other file of the course.
    const exampleText = 'A joint military command for the three countries';
    const scriptsOf = async (path: string) => {
      const site = await openSitePage(browser);
      const scripts: Promise<string>[] = [];
      site.page.on('response', (response) => {
        // A response still loading when the page closes reads as empty, not as an error.
        if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
      });
      await site.visit(path);
      await site.page.waitForLoadState('networkidle');
      return Promise.all(scripts);
    };

    const lesson = await scriptsOf('/lessons/the-meeting');
    const examples = await scriptsOf('/instructors/examples');

    expect(lesson.filter((script) => script.includes(exampleText))).toEqual([]);
    expect(examples.filter((script) => script.includes(exampleText)).length).toBeGreaterThan(0);
  });

  it('is linked from the navbar', async () => {
    const site = await openSitePage(browser);

    await site.visit('/');

    expect(
      await site.page.getByRole('link', { name: 'Instructors' }).first().getAttribute('href'),
    ).toBe('/instructors');
  });
});
