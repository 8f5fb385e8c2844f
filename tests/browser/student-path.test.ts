import { mkdir, readFile } from 'node:fs/promises';
import type { Question } from '@tmm/quiz-engine';
import { getSentence } from '@tmm/statement-content';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseQuestion, courseQuizzes } from '../support/course-quizzes';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { useColorScheme } from './support/color-scheme';
import { answerCorrectly, quizSection, scrollsSideways, tabTo } from './support/quiz-page';
import { required } from './support/required';
import { openSitePage } from './support/site-page';

// The student's path of issue 15 at a phone's size and a laptop's: after every check the feedback
// and the way on are in view with focus on the feedback (Enter in a blank checks), the evidence
// opens in place and Back from the reader lands on the quiz, and a returning student is shown
// where they left off. Geometry is read from the page (getBoundingClientRect against the window
// and the sticky navbar). JOURNEY_SCREENSHOTS=<folder> keeps screenshots.

const PHONE = { width: 390, height: 844 } as const;
const LAPTOP = { width: 1280, height: 800 } as const;
const SIZES = [
  ['390×844', PHONE],
  ['1280×800', LAPTOP],
] as const;
const DAY = 24 * 60 * 60 * 1000;
const quizzes = new Map(courseQuizzes().map(({ quiz }) => [quiz.id, quiz]));

interface Box {
  readonly top: number;
  readonly bottom: number;
}

/** Where things are on screen: the visible band below the navbar, focus, and a few elements. */
async function placeOf(page: Page, selectors: Record<string, string>) {
  return page.evaluate((wanted) => {
    const box = (element: Element | null | undefined): Box | null => {
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { top: Math.round(rect.top), bottom: Math.round(rect.bottom) };
    };
    const active = document.activeElement;
    return {
      navbar: Math.round(document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0),
      height: window.innerHeight,
      focus: box(active === document.body ? null : active),
      focusText: (active?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
      boxes: Object.fromEntries(
        Object.entries(wanted).map(([name, selector]) => [
          name,
          box(document.querySelector(selector)),
        ]),
      ) as Record<string, Box | null>,
    };
  }, selectors);
}

/** Whether a box lies within the window, below the sticky navbar. */
function inView(box: Box | null, place: { navbar: number; height: number }): boolean {
  return box !== null && box.top >= place.navbar - 1 && box.bottom <= place.height + 1;
}

async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.JOURNEY_SCREENSHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: `${folder}/${name}.png` });
}

/** The question on screen, by its `data-question`. */
async function questionOnScreen(quiz: Locator, quizId: string): Promise<Question> {
  const id = required(await quiz.locator('[data-question]').getAttribute('data-question'), 'id');
  return courseQuestion(quizId, id);
}

/**
 * Answers the question on screen rightly and checks it by keyboard: Enter in the last blank of a
 * blank question, Enter on "Check answer" otherwise. Returns where things then are.
 */
async function checkByKeyboard(page: Page, quiz: Locator, quizId: string) {
  const question = await questionOnScreen(quiz, quizId);
  await answerCorrectly(quiz, question);
  // A review asks how sure the learner is.
  const sure = quiz.getByRole('radio', { name: /^Sure / });
  if ((await sure.count()) > 0) await sure.check();
  if (question.type === 'fill-in-the-blank') {
    await quiz.locator('input[type="text"]').last().press('Enter');
  } else {
    await quiz.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
  }
  await quiz.locator('[data-feedback]').waitFor();
  const selectors = {
    feedback: `section[data-quiz="${quizId}"] [data-feedback]`,
    onward: `section[data-quiz="${quizId}"] form > p:last-child button`,
  };
  // Kept in view while the page settles: read it once it has.
  await page.waitForTimeout(300);
  const place = await placeOf(page, selectors);
  const focusOnFeedback = await quiz
    .locator('[data-feedback]')
    .evaluate((feedback) => feedback.parentElement === document.activeElement);
  return { question, place, focusOnFeedback };
}

/** Plays a practice quiz to its results by keyboard, checking each question's place. */
async function playChecked(page: Page, quizId: string, size: string, shotAt?: number) {
  const quiz = quizSection(page, quizId);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  const seen: { type: string; feedback: Box | null; onward: Box | null; height: number }[] = [];
  for (let index = 0; ; index += 1) {
    const { question, place, focusOnFeedback } = await checkByKeyboard(page, quiz, quizId);
    if (index === shotAt) await screenshot(page, `${quizId}-q${index + 1}-${size}`);
    expect(focusOnFeedback, `${quizId} ${question.id}: focus on the feedback`).toBe(true);
    expect(inView(place.boxes.feedback ?? null, place), `${question.id}: feedback in view`).toBe(
      true,
    );
    expect(inView(place.boxes.onward ?? null, place), `${question.id}: way on in view`).toBe(true);
    // Settled: no Check button is left for focus to be stranded on.
    expect(await quiz.getByRole('button', { name: 'Check answer' }).count()).toBe(0);
    seen.push({
      type: question.type,
      feedback: place.boxes.feedback ?? null,
      onward: place.boxes.onward ?? null,
      height: place.height,
    });
    const onward = quiz.getByRole('button', { name: /^(Next question|See your results)$/ });
    const last = (await onward.textContent()) === 'See your results';
    await onward.press('Enter');
    if (last) break;
    await expect.poll(async () => (await questionOnScreen(quiz, quizId)).id).not.toBe(question.id);
  }
  await quiz.locator('[data-results]').waitFor();
  return seen;
}

describe('the student’s path on a phone and a laptop', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(SIZES)(
    'keeps the feedback and the way on in view, with focus, at %s',
    async (size, viewport) => {
      const site = await openSitePage(browser);
      await site.page.setViewportSize(viewport);
      // Lesson 3, whose question 3 pushed focus and feedback below a phone's screen; lesson 1 has
      // a blank, checked by Enter.
      for (const [lesson, shotAt] of [
        ['missile-warning-data', 2],
        ['the-meeting', 3],
      ] as const) {
        await site.visit(`/lessons/${lesson}`);
        const seen = await playChecked(site.page, lesson, size, shotAt);
        console.log(
          `${size} ${lesson}: ${seen
            .map(
              (entry, index) =>
                `q${index + 1} ${entry.type} feedback y=${entry.feedback?.top}..${entry.feedback?.bottom}, way on y=${entry.onward?.top}..${entry.onward?.bottom} of ${entry.height}`,
            )
            .join('; ')}`,
        );
        const results = await placeOf(site.page, {});
        expect(results.focusText).toBe('Your results');
        expect(inView(results.focus, results)).toBe(true);
      }
    },
  );

  it.each(SIZES)(
    'shows the evidence in place, and Back from the reader lands on the quiz, at %s',
    async (size, viewport) => {
      const site = await openSitePage(browser);
      await site.page.setViewportSize(viewport);
      await site.visit('/lessons/the-meeting');
      const quiz = quizSection(site.page, 'the-meeting');
      await quiz.getByRole('button', { name: 'Start the quiz' }).click();
      await checkByKeyboard(site.page, quiz, 'the-meeting');

      await tabTo(site.page, 'button[data-evidence]');
      await site.page.keyboard.press('Enter');
      const toggle = quiz.locator('button[data-evidence]');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const passage = quiz.locator('[data-evidence-passage]');
      const marked = passage.locator('mark[data-evidence-sentence="p1.s2"]');
      // The sentence word for word, the screen reader's words about it aside.
      expect(
        await marked.evaluate((mark) =>
          [...mark.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent)
            .join(''),
        ),
      ).toBe(getSentence('p1.s2')?.text);
      await site.page.waitForTimeout(300);
      const open = await placeOf(site.page, {
        toggle: 'button[data-evidence]',
        mark: 'mark[data-evidence-sentence="p1.s2"]',
      });
      await screenshot(site.page, `evidence-open-${size}`);
      console.log(
        `${size} evidence: toggle y=${open.boxes.toggle?.top}, evidence sentence y=${open.boxes.mark?.top}..${open.boxes.mark?.bottom} of ${open.height}; focus on "${open.focusText}"`,
      );
      expect(open.focusText).toMatch(/^Show in the text/);
      expect(inView(open.boxes.toggle ?? null, open)).toBe(true);
      expect(inView(open.boxes.mark ?? null, open)).toBe(true);
      for (const scheme of ['light', 'dark'] as const) {
        await useColorScheme(site.page, scheme);
        expect(
          describeViolations(
            await findWcagViolations(site.page, 'section[data-quiz="the-meeting"]'),
          ),
          scheme,
        ).toEqual([]);
      }

      await passage.getByRole('link', { name: 'Read it in the full reader' }).click();
      await site.page.waitForURL('**/statement#p1.s2');
      // The address changes before the router has drawn the reader (it fetches the page's code
      // first): Back at that instant never left the lesson. A reader goes back from the reader.
      await quiz.waitFor({ state: 'detached' });
      await site.page.getByRole('heading', { level: 1 }).waitFor();
      await site.page.goBack();
      // The lesson's quiz session is drawn again once the page is idle; focus then returns to it.
      await site.page.waitForFunction(
        () => document.activeElement?.getAttribute('data-evidence') === 'p1.s2',
        null,
        { timeout: 20_000, polling: 1000 },
      );
      await site.page.waitForTimeout(300);
      const back = await placeOf(site.page, {});
      await screenshot(site.page, `evidence-back-${size}`);
      console.log(`${size} back from the reader: focus y=${back.focus?.top} of ${back.height}`);
      expect(inView(back.focus, back)).toBe(true);
    },
  );

  it('shows a returning student where they left off, on the home page and the lessons index', async () => {
    const site = await openSitePage(browser);
    const { page } = site;
    await page.setViewportSize(PHONE);
    const start = Date.parse('2030-05-06T09:00:00.000Z');
    await page.clock.setFixedTime(start);

    // A first visit: the way to start, nothing more.
    await site.visit('/');
    expect(await page.getByRole('link', { name: 'Start the lessons' }).isVisible()).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-continue]').count()).toBe(0);

    // Lesson 1 done; lesson 2's quiz begun.
    await site.visit('/lessons/the-meeting');
    await playChecked(page, 'the-meeting', 'phone');
    await site.visit('/lessons/dprk-threat');
    const lesson2 = quizSection(page, 'dprk-threat');
    await lesson2.getByRole('button', { name: 'Start the quiz' }).click();
    await checkByKeyboard(page, lesson2, 'dprk-threat');

    // Six weeks on, lesson 1's key points are due.
    await page.clock.setFixedTime(start + 42 * DAY);
    const lesson1Points = new Set(
      required(quizzes.get('the-meeting'), 'lesson 1').questions.flatMap((q) => q.keyPoints),
    );
    for (const path of ['/', '/lessons']) {
      await site.visit(path);
      const panel = page.locator('[data-continue]');
      await panel.waitFor();
      expect(await page.getByRole('link', { name: 'Start the lessons' }).count()).toBe(0);
      expect(await panel.locator('[data-continue-lessons]').textContent()).toBe(
        'You have completed 1 of 8 lessons.',
      );
      const next = panel.locator('[data-continue-next]').getByRole('link');
      expect(await next.getAttribute('href')).toBe('/lessons/dprk-threat');
      expect(await next.textContent()).toBe(
        'Next: lesson 2, “The DPRK threat and denuclearization”',
      );
      expect(await panel.locator('[data-continue-quiz="dprk-threat"] a').getAttribute('href')).toBe(
        '/lessons/dprk-threat#quiz-dprk-threat-title',
      );
      expect(
        Number(
          await panel.locator('[data-continue-reviews]').getAttribute('data-continue-reviews'),
        ),
      ).toBe(lesson1Points.size);
      expect(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
      const place = await placeOf(page, { panel: '[data-continue]' });
      console.log(
        `returning student at ${path}: panel y=${place.boxes.panel?.top}..${place.boxes.panel?.bottom} of ${place.height}`,
      );
      await screenshot(page, `continue${path.replaceAll('/', '-')}-phone`);
      for (const scheme of ['light', 'dark'] as const) {
        await useColorScheme(page, scheme);
        expect(
          describeViolations(await findWcagViolations(page, '[data-continue]')),
          `${path} ${scheme}`,
        ).toEqual([]);
      }
    }
    // On the home page it is in the first screen.
    await site.visit('/');
    await page.locator('[data-continue-next] a').waitFor();
    const home = await placeOf(page, { next: '[data-continue-next] a' });
    expect(inView(home.boxes.next ?? null, home)).toBe(true);

    // Resuming lands on the quiz, at the question the learner had reached.
    await page.locator('[data-continue-quiz="dprk-threat"] a').click();
    await page.waitForURL('**/lessons/dprk-threat#quiz-dprk-threat-title');
    const resumed = quizSection(page, 'dprk-threat');
    await expect.poll(() => resumed.locator('h4').textContent()).toBe('Question 1 of 6');
    expect(await resumed.locator('[data-feedback]').count()).toBe(1);
  });

  it('brings the review results and an import message into view with focus on /progress, at 390×844', async () => {
    const site = await openSitePage(browser);
    const { page } = site;
    await page.setViewportSize(PHONE);
    const start = Date.parse('2030-05-06T09:00:00.000Z');
    await page.clock.setFixedTime(start);
    await site.visit('/lessons/the-meeting');
    await playChecked(page, 'the-meeting', 'phone');
    await page.clock.setFixedTime(start + 42 * DAY);

    await site.visit('/progress');
    await page.getByRole('button', { name: 'Review now' }).click();
    await quizSection(page, 'review-session').waitFor();
    await playChecked(page, 'review-session', 'phone');
    // The report above is redrawn once the review is recorded: the results stay in view.
    await page.waitForTimeout(1000);
    const results = await placeOf(page, {});
    await screenshot(page, 'review-results-phone');
    console.log(
      `390×844 review results: focus "${results.focusText}" y=${results.focus?.top} of ${results.height}`,
    );
    expect(results.focusText).toBe('Your results');
    expect(inView(results.focus, results)).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my progress' }).click(),
    ]);
    const exported = await readFile(required(await download.path(), 'the download'), 'utf8');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByLabel('Progress file (.json)').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect
      .poll(() => page.locator('[data-progress-file-status]').textContent())
      .toMatch(/^Imported: /);
    await page.waitForTimeout(300);
    const imported = await placeOf(page, { message: '[data-progress-file-status]' });
    await screenshot(page, 'import-message-phone');
    console.log(
      `390×844 import message: y=${imported.boxes.message?.top}..${imported.boxes.message?.bottom}, focus y=${imported.focus?.top} of ${imported.height}`,
    );
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-progress-file-status')),
    ).toBe(true);
    expect(inView(imported.boxes.message ?? null, imported)).toBe(true);
  });
});
