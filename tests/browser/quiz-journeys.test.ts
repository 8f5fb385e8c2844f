import { getSentence, keyPoint } from '@tmm/statement-content';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseQuiz } from '../support/course-quizzes';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { useColorScheme } from './support/color-scheme';
import { answerCorrectly, focused, quizSection, scrollsSideways, tabTo } from './support/quiz-page';
import { required } from './support/required';
import { openSitePage, type SitePage } from './support/site-page';
import { waitForQuizzes } from './support/wait-for-quizzes';

// Students' journeys through the quizzes, in the production build, as the course promises them.

const lesson1 = courseQuiz('the-meeting').quiz;
const lesson2 = courseQuiz('dprk-threat').quiz;

/** The learner's stored progress document, as the page's progress store wrote it. */
async function storedProgress(page: Page) {
  const text = await page.evaluate(() => localStorage.getItem('tmm-course-progress'));
  return JSON.parse(required(text, 'the stored progress document'));
}

/** The text of the polite live region that carries the feedback. */
async function liveFeedback(page: Page, quizId: string): Promise<string> {
  return (
    (await quizSection(page, quizId)
      .locator('[aria-live="polite"]:has([data-feedback])')
      .textContent()) ?? ''
  );
}

/** Starts lesson 1's quiz on a fresh page (pointer use allowed: not the keyboard journey). */
async function startLesson1(site: SitePage) {
  await site.visit('/lessons/the-meeting');
  const quiz = quizSection(site.page, 'the-meeting');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  return quiz;
}

/**
 * Violations in light and then dark mode, each labelled with the state it was found in: the
 * whole page seen from its top, as the site-wide sweep sees every page, and the quiz scrolled
 * into view, so that target sizes and overlaps are measured where the learner is. (At the very
 * bottom of a lesson the footer pushes the sticky sidebar under the navbar, a layout matter of
 * every long page, not of the quiz.)
 */
async function violationsInBothModes(page: Page, quizId: string, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    await page.evaluate(() => window.scrollTo(0, 0));
    const onPage = describeViolations(await findWcagViolations(page));
    await quizSection(page, quizId).locator('h3').scrollIntoViewIfNeeded();
    const inQuiz = describeViolations(
      await findWcagViolations(page, `section[data-quiz="${quizId}"]`),
    );
    found.push(...[...onPage, ...inQuiz].map((line) => `${state}, ${colorScheme}: ${line}`));
  }
  return found;
}

describe('the quiz journeys of a student', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('takes lesson 1 quiz by keyboard alone: one answer wrong, one right, a hint, the results', async () => {
    const site = await openSitePage(browser);
    const { page } = site;
    await site.visit('/lessons/the-meeting');
    const quiz = quizSection(page, 'the-meeting');

    await tabTo(page, 'button', { text: 'Start the quiz', maxPresses: 200 });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'h4', text: 'Question 1 of 6' });

    // Question 1, single choice: a wrong option, by Tab into the radio group and the arrow keys.
    await tabTo(page, 'input[type="radio"]');
    if ((await focused(page)).value === 'nuclear-and-missile')
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await focused(page)).toMatchObject({ checked: true });
    expect((await focused(page)).value).not.toBe('nuclear-and-missile');
    await tabTo(page, 'button', { text: 'Check answer' });
    await page.keyboard.press('Enter');
    expect(await liveFeedback(page, 'the-meeting')).toContain('Not correct.');

    // Question 2, multiple select: the three right boxes, by Tab and Space.
    await tabTo(page, 'button', { text: 'Next question' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'h4', text: 'Question 2 of 6' });
    const right = new Set(['dprk-threats', 'security-exercises', 'common-challenges']);
    for (let box = 0; box < 5; box += 1) {
      await page.keyboard.press('Tab');
      const here = await focused(page);
      expect(here.type).toBe('checkbox');
      if (right.has(here.value)) await page.keyboard.press('Space');
    }
    await tabTo(page, 'button', { text: 'Check answer' });
    await page.keyboard.press('Enter');
    expect(await liveFeedback(page, 'the-meeting')).toContain('Correct.');

    // Question 3, true or false: a hint first, then back to the radio group with Shift+Tab.
    await tabTo(page, 'button', { text: 'Next question' });
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', { text: 'Show hint 1 of 2' });
    await page.keyboard.press('Enter');
    expect(await quiz.getByText('Hint 1:').isVisible()).toBe(true);
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Show hint 2 of 2' });
    await tabTo(page, 'input[type="radio"]', { backwards: true });
    if ((await focused(page)).value !== 'false') await page.keyboard.press('ArrowDown');
    if (!(await focused(page)).checked) await page.keyboard.press('Space');
    expect(await focused(page)).toMatchObject({ value: 'false', checked: true });
    await tabTo(page, 'button', { text: 'Check answer' });
    await page.keyboard.press('Enter');
    expect(await liveFeedback(page, 'the-meeting')).toContain('Correct.');

    // Question 4, a blank: typed.
    await tabTo(page, 'button', { text: 'Next question' });
    await page.keyboard.press('Enter');
    await tabTo(page, 'input[type="text"]');
    await page.keyboard.type('Indo-Pacific');
    await tabTo(page, 'button', { text: 'Check answer' });
    await page.keyboard.press('Enter');
    expect(await liveFeedback(page, 'the-meeting')).toContain('Correct.');

    // Question 5, select the evidence: a sentence toggled with Space.
    await tabTo(page, 'button', { text: 'Next question' });
    await page.keyboard.press('Enter');
    await tabTo(page, 'button[data-sentence="p1.s2"]');
    await page.keyboard.press('Space');
    expect(await quiz.locator('button[data-sentence="p1.s2"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    await tabTo(page, 'button', { text: 'Check answer' });
    await page.keyboard.press('Enter');
    expect(await liveFeedback(page, 'the-meeting')).toContain('Correct.');

    // Question 6, matching: each drop-down reached by Tab and set by typing its choice's letter.
    await tabTo(page, 'button', { text: 'Next question' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'h4', text: 'Question 6 of 6' });
    const matching = required(
      lesson1.questions.find((question) => question.type === 'matching'),
      'the matching question of lesson 1',
    );
    for (const pair of matching.type === 'matching' ? matching.pairs : []) {
      const select = quiz.locator(`select[id$="-${pair.id}"]`);
      const letter = await select
        .locator(`option[value="${pair.id}"]`)
        .evaluate((option) => option.textContent?.charAt(0) ?? '');
      await tabTo(page, `select[id$="-${pair.id}"]`);
      await page.keyboard.type(letter);
      expect(await select.inputValue()).toBe(pair.id);
    }
    await tabTo(page, 'button', { text: 'Check answer' });
    await page.keyboard.press('Enter');
    expect(await liveFeedback(page, 'the-meeting')).toContain('Correct.');

    await tabTo(page, 'button', { text: 'See your results' });
    await page.keyboard.press('Enter');

    expect(await focused(page)).toMatchObject({ tag: 'h4', text: 'Your results' });
    const results = await quiz.locator('[data-results]').textContent();
    // 0 + 1 + (1 less a 10% hint) + 1 + 1 + 1 of 6 marks.
    expect(results).toContain('You earned 4.9 of 6 marks: 82%.');
    expect(results).toContain('Passed');
    for (const id of ['denuclearization', 'defensive-exercises', 'free-open-indo-pacific'])
      expect(results).toContain(keyPoint(id)?.title);
    expect(
      await quiz
        .getByRole('link', { name: 'Lesson 2: The DPRK threat and denuclearization' })
        .getAttribute('href'),
    ).toBe('/lessons/dprk-threat#key-points');
    const progress = await storedProgress(page);
    expect(progress.attempts).toHaveLength(1);
    expect(progress.attempts[0].questions.map((q: { hints: number }) => q.hints)).toEqual([
      0, 0, 1, 0, 0, 0,
    ]);
    expect(progress.lessons['the-meeting']).toBeDefined();
    expect(progress.snapshots['the-meeting']).toBeUndefined();
  });

  it('resumes a practice quiz after a reload on the same question, answers and option order', async () => {
    const site = await openSitePage(browser);
    const quiz = await startLesson1(site);
    await quiz.locator('input[value="nuclear-and-missile"]').check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await quiz.getByRole('button', { name: 'Next question' }).click();
    await quiz.locator('input[value="trade"]').check();
    await quiz.locator('input[value="security-exercises"]').check();
    const boxes = quiz.locator('input[type="checkbox"]');
    const before = await boxes.evaluateAll((inputs) =>
      inputs.map((input) => [
        (input as HTMLInputElement).value,
        (input as HTMLInputElement).checked,
      ]),
    );

    await site.page.reload();
    await site.page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await waitForQuizzes(site.page);

    expect(await quiz.locator('h4').textContent()).toBe('Question 2 of 6');
    expect(
      await boxes.evaluateAll((inputs) =>
        inputs.map((input) => [
          (input as HTMLInputElement).value,
          (input as HTMLInputElement).checked,
        ]),
      ),
    ).toEqual(before);
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    expect(await quiz.locator('[data-feedback]').getAttribute('data-feedback')).toBe('incorrect');
  });

  it('resumes a test after a reload with the same drawn questions, order, place and answers', async () => {
    const site = await openSitePage(browser);
    await site.visit('/lessons/self-assessment');
    const quiz = quizSection(site.page, 'self-assessment');
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    const buttons = quiz
      .getByRole('navigation', { name: 'Questions of this test' })
      .getByRole('button');
    const order = async () => {
      const ids: (string | null)[] = [];
      for (let index = 0; index < (await buttons.count()); index += 1) {
        await buttons.nth(index).click();
        ids.push(await quiz.locator('[data-question]').getAttribute('data-question'));
      }
      return ids;
    };
    const drawn = await order();
    await buttons.nth(2).click();
    const third = required(
      courseQuiz('self-assessment').quiz.questions.find((question) => question.id === drawn[2]),
      'the third question drawn',
    );
    await answerCorrectly(quiz, third);

    await site.page.reload();
    await site.page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await waitForQuizzes(site.page);

    expect(await quiz.locator('h4').textContent()).toBe('Question 3 of 12');
    expect(await quiz.locator('[data-question]').getAttribute('data-question')).toBe(third.id);
    expect(await buttons.nth(2).textContent()).toContain('Answered');
    expect(drawn).toHaveLength(12);
    expect(await order()).toEqual(drawn);
  });

  it('keeps the answers to unchanged questions when the quiz changed after the attempt was saved', async () => {
    const site = await openSitePage(browser);
    const quiz = await startLesson1(site);
    await quiz.locator('input[value="nuclear-and-missile"]').check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await quiz.getByRole('button', { name: 'Next question' }).click();
    await quiz.locator('input[value="trade"]').check();
    // The saved attempt now says it was made on an older version, where question 2 read otherwise.
    await site.page.evaluate(() => {
      const document = JSON.parse(localStorage.getItem('tmm-course-progress') ?? '{}');
      const { context } = document.snapshots['the-meeting'].snapshot;
      context.version = 'an-older-version';
      context.questions['three-subjects'].hash = 'an-older-hash';
      localStorage.setItem('tmm-course-progress', JSON.stringify(document));
    });

    await site.page.reload();
    await site.page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await waitForQuizzes(site.page);

    expect(await quiz.locator('[data-restored]').textContent()).toContain(
      'Your answers to the questions that did not change were kept.',
    );
    expect(await quiz.locator('h4').textContent()).toBe('Question 1 of 6');
    expect(await quiz.locator('input[value="nuclear-and-missile"]').isChecked()).toBe(true);
    expect(await quiz.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
    await quiz.getByRole('button', { name: 'Next question' }).click();
    expect(await quiz.locator('input[type="checkbox"]:checked').count()).toBe(0);
  });

  it('starts afresh with a notice when the saved attempt cannot be read, keeping finished attempts', async () => {
    const site = await openSitePage(browser);
    const quiz = await startLesson1(site);
    for (const [index, question] of lesson1.questions.entries()) {
      await answerCorrectly(quiz, question);
      await quiz.getByRole('button', { name: 'Check answer' }).click();
      const last = index === lesson1.questions.length - 1;
      await quiz.getByRole('button', { name: last ? 'See your results' : 'Next question' }).click();
    }
    await quiz.getByRole('button', { name: 'Try the quiz again' }).click();
    await quiz.getByRole('button', { name: 'Start a new attempt' }).click();
    await site.page.evaluate(() => {
      const document = JSON.parse(localStorage.getItem('tmm-course-progress') ?? '{}');
      document.snapshots['the-meeting'].snapshot = { status: 'active', context: 'garbled' };
      localStorage.setItem('tmm-course-progress', JSON.stringify(document));
    });

    await site.page.reload();
    await site.page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await waitForQuizzes(site.page);

    expect(await quiz.locator('[data-restored]').textContent()).toContain('could not be read');
    expect(await quiz.textContent()).toContain('Your last attempt: 100% of the marks');
    expect(await quiz.getByRole('button', { name: 'Start the quiz' }).isVisible()).toBe(true);
    const progress = await storedProgress(site.page);
    expect(progress.attempts).toHaveLength(1);
    expect(progress.lessons['the-meeting']).toBeDefined();
  });

  it('goes from the feedback to the evidence, highlighted and in view in the reader, and back', async () => {
    const site = await openSitePage(browser);
    const quiz = await startLesson1(site);
    await quiz.locator('input[value="nuclear-and-missile"]').check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await quiz.getByRole('button', { name: /^Show in the text/ }).click();
    const link = quiz.getByRole('link', { name: 'Read it in the full reader' });

    expect(await link.getAttribute('href')).toBe('/statement#p1.s2');
    await link.click();
    await site.page.waitForURL('**/statement#p1.s2');

    const place = () =>
      site.page.evaluate(() => {
        const sentence = document.getElementById('p1.s2');
        const box = sentence?.getBoundingClientRect();
        const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
        return {
          highlighted: sentence?.className.includes('highlighted') ?? false,
          focused: document.activeElement === sentence,
          inView: box !== undefined && box.top >= navbar - 1 && box.bottom <= window.innerHeight,
        };
      });
    await expect.poll(place, { timeout: 10_000 }).toEqual({
      highlighted: true,
      focused: true,
      inView: true,
    });

    await site.page.goBack();
    expect(await quiz.locator('h4').textContent()).toBe('Question 1 of 6');
    expect(await quiz.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
  });

  it('shows the statement word for word in a select-the-evidence question', async () => {
    const site = await openSitePage(browser);
    const quiz = await startLesson1(site);
    for (const question of lesson1.questions.slice(0, 4)) {
      await answerCorrectly(quiz, question);
      await quiz.getByRole('button', { name: 'Check answer' }).click();
      await quiz.getByRole('button', { name: 'Next question' }).click();
    }

    const shown = await quiz
      .locator('button[data-sentence]')
      .evaluateAll((buttons) =>
        buttons.map((button) => [
          button.getAttribute('data-sentence'),
          button.querySelector('[data-sentence-text]')?.textContent,
        ]),
      );

    expect(shown.map(([id]) => id)).toEqual(['p1.s1', 'p1.s2', 'p5.s1', 'p5.s2']);
    for (const [id, text] of shown) expect(text).toBe(getSentence(id ?? '')?.text);
  });

  it('orders items by keyboard: the moved item keeps focus and its new place is announced', async () => {
    const site = await openSitePage(browser);
    await site.visit('/lessons/dprk-threat');
    const quiz = quizSection(site.page, 'dprk-threat');
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    for (const question of lesson2.questions.slice(0, 3)) {
      await answerCorrectly(quiz, question);
      await quiz.getByRole('button', { name: 'Check answer' }).click();
      await quiz.getByRole('button', { name: 'Next question' }).click();
    }
    const items = () =>
      quiz
        .locator('li[data-item]')
        .evaluateAll((list) => list.map((li) => li.getAttribute('data-item')));
    const [, second] = await items();
    const item = required(second, 'the second item');

    await quiz
      .locator(`li[data-item="${item}"]`)
      .getByRole('button', { name: /^Move up/ })
      .focus();
    await site.page.keyboard.press('Enter');

    expect((await items())[0]).toBe(item);
    expect((await focused(site.page)).text).toMatch(/^↓ Move down/);
    expect(
      await site.page.evaluate(() =>
        document.activeElement?.closest('li')?.getAttribute('data-item'),
      ),
    ).toBe(item);
    expect(await quiz.locator('p[aria-live="polite"]').textContent()).toMatch(
      /moved to position 1 of 3\.$/,
    );
  });

  it('checks an ordering left as shown as the order shown, then reviews the finished attempt and goes back to its results', async () => {
    const site = await openSitePage(browser);
    await site.visit('/lessons/dprk-threat');
    const quiz = quizSection(site.page, 'dprk-threat');
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    const orderingAt = lesson2.questions.findIndex((question) => question.type === 'ordering');
    expect(orderingAt).toBeGreaterThan(0);
    const items = () =>
      quiz
        .locator('li[data-item]')
        .evaluateAll((list) => list.map((li) => li.getAttribute('data-item')));
    for (const [index, question] of lesson2.questions.entries()) {
      if (index === orderingAt) {
        const shown = await items();
        await quiz.getByRole('button', { name: 'Check answer' }).click();
        expect(await quiz.locator('[data-feedback]').count()).toBe(1);
        expect(await items()).toEqual(shown);
        const stored = await storedProgress(site.page);
        const work = stored.snapshots['dprk-threat'].snapshot.context.questions[question.id];
        expect(work).toMatchObject({ answer: { order: shown } });
        expect(work.tries).toHaveLength(1);
      } else {
        await answerCorrectly(quiz, question);
        await quiz.getByRole('button', { name: 'Check answer' }).click();
      }
      const last = index === lesson2.questions.length - 1;
      await quiz.getByRole('button', { name: last ? 'See your results' : 'Next question' }).click();
    }

    const count = lesson2.questions.length;
    await quiz.getByRole('button', { name: 'Review question 2' }).click();
    expect(await focused(site.page)).toMatchObject({
      tag: 'h4',
      text: `Question 2 of ${count}: review`,
    });
    await quiz.getByRole('button', { name: 'Next question' }).click();
    expect((await focused(site.page)).text).toBe(`Question 3 of ${count}: review`);
    await quiz.getByRole('button', { name: 'Back to results' }).click();
    expect(await focused(site.page)).toMatchObject({ tag: 'h4', text: 'Your results' });
  });

  it('fits a 360 px wide screen without sideways scrolling, through every question type and the results', async () => {
    const site = await openSitePage(browser);
    await site.page.setViewportSize({ width: 360, height: 740 });
    const overflow: string[] = [];
    const check = async (state: string) => {
      if (await scrollsSideways(site.page)) overflow.push(state);
    };
    for (const { id, quiz: data } of [
      { id: 'dprk-threat', quiz: lesson2 },
      { id: 'the-meeting', quiz: lesson1 },
    ]) {
      await site.visit(`/lessons/${id}`);
      const quiz = quizSection(site.page, id);
      await check(`${id} intro`);
      await quiz.getByRole('button', { name: 'Start the quiz' }).click();
      for (const [index, question] of data.questions.entries()) {
        await check(`${id} ${question.type}`);
        await answerCorrectly(quiz, question);
        await quiz.getByRole('button', { name: 'Check answer' }).click();
        expect(await quiz.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
        await check(`${id} ${question.type} feedback`);
        const last = index === data.questions.length - 1;
        await quiz
          .getByRole('button', { name: last ? 'See your results' : 'Next question' })
          .click();
      }
      await check(`${id} results`);
    }

    expect(overflow).toEqual([]);
  });

  it('says when the quiz cannot be fetched, keeps the page working, and fetches it again on request', async () => {
    // Not through openSitePage: its guard fails a test on any failed load, and here a load
    // fails on purpose: the chunk of the quiz's session (the one script holding the question
    // screen's "Check answer") is refused until the learner asks again.
    const origin = inject('siteUrl');
    const path = '/lessons/the-meeting';
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      let offline = true;
      const refused: string[] = [];
      // On the context, so that the finally block can drop it: a prefetch still in flight when
      // the test ends must not fulfil into a closed page.
      await context.route('**/assets/js/**', async (route) => {
        const response = await route.fetch();
        if (offline && (await response.text()).includes('Check answer')) {
          refused.push(new URL(route.request().url()).pathname);
          return route.abort('internetdisconnected');
        }
        return route.fulfill({ response });
      });
      await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
      const quiz = quizSection(page, 'the-meeting');
      const alert = quiz.getByRole('alert');
      // The session is fetched once the quiz comes near the view.
      await quiz.scrollIntoViewIfNeeded();

      await expect.poll(() => alert.isVisible()).toBe(true);
      expect(await alert.textContent()).toContain('The quiz could not be loaded');
      expect(refused.length).toBeGreaterThan(0);
      // The lesson around the quiz is unaffected.
      expect(await page.locator('h1').textContent()).toBeTruthy();

      offline = false;
      await quiz.getByRole('button', { name: 'Try loading the quiz again' }).press('Enter');
      const start = quiz.getByRole('button', { name: 'Start the quiz' });
      await start.waitFor();
      expect(await alert.count()).toBe(0);
      // Focus does not fall back to the top of the page: it is on the quiz's title.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(lesson1.title);
      await start.press('Enter');
      await quiz.getByRole('button', { name: 'Check answer' }).waitFor();
    } finally {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    }
  });

  it('fetches the session only once the quiz comes near the view, then runs it', async () => {
    const origin = inject('siteUrl');
    // A phone's screen: the quiz sits many screens below the top of the lesson.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      const sessionChunks: string[] = [];
      // Each script's body is read as it arrives; the test awaits every read before it judges,
      // and a read still pending when the page closes is not left as an unhandled rejection.
      const reads: Promise<void>[] = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (!url.pathname.startsWith('/assets/js/')) return;
        const read = response.text().then((body) => {
          if (body.includes('Check answer')) sessionChunks.push(url.pathname);
        });
        read.catch(() => {});
        reads.push(read);
      });
      await page.goto(new URL('/lessons/the-meeting', origin).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
      // Longer than the most a deferred load waits for an idle moment after the load event
      // (IDLE_TIMEOUT_MS, 2 s): anything fetched "after load" has been asked for by now.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2_500)));
      const quiz = quizSection(page, 'the-meeting');

      await Promise.all(reads);
      expect(sessionChunks).toEqual([]);
      expect(await quiz.locator('[data-quiz-pending="loading"]').textContent()).toBe(
        'Loading the quiz…',
      );

      await quiz.scrollIntoViewIfNeeded();
      await quiz.getByRole('button', { name: 'Start the quiz' }).waitFor();
      await Promise.all(reads);
      expect(sessionChunks.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('shows the quiz introduction without JavaScript, saying the quiz needs it', async () => {
    const site = await openSitePage(browser, { javaScriptEnabled: false });
    await site.visit('/lessons/the-meeting');
    const quiz = quizSection(site.page, 'the-meeting');

    expect(await quiz.locator('h3').textContent()).toBe(lesson1.title);
    expect(await quiz.textContent()).toContain('6 questions.');
    expect(await quiz.textContent()).toContain('This quiz needs JavaScript.');
    expect(await quiz.getByRole('button').count()).toBe(0);
  });
});

describe('accessibility of a lesson page in every quiz state (axe-core, WCAG 2.2 A and AA, light and dark)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds no violation in a practice quiz: question, hint, feedback, results and review', async () => {
    const site = await openSitePage(browser);
    const quiz = await startLesson1(site);
    const found: string[] = [];

    found.push(...(await violationsInBothModes(site.page, 'the-meeting', 'question')));
    await quiz.getByRole('button', { name: /^Show hint/ }).click();
    await quiz.locator('input[value="space-launch"]').check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    found.push(
      ...(await violationsInBothModes(site.page, 'the-meeting', 'feedback, wrong with a try left')),
    );
    await quiz.locator('input[value="nuclear-and-missile"]').check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    found.push(...(await violationsInBothModes(site.page, 'the-meeting', 'feedback, final')));
    await quiz.getByRole('button', { name: 'Next question' }).click();
    for (const [index, question] of lesson1.questions.slice(1).entries()) {
      await answerCorrectly(quiz, question);
      await quiz.getByRole('button', { name: 'Check answer' }).click();
      const last = index === lesson1.questions.length - 2;
      await quiz.getByRole('button', { name: last ? 'See your results' : 'Next question' }).click();
    }
    found.push(...(await violationsInBothModes(site.page, 'the-meeting', 'results')));
    await quiz.getByRole('button', { name: 'Review question 1' }).click();
    found.push(...(await violationsInBothModes(site.page, 'the-meeting', 'review')));

    expect(found).toEqual([]);
  });

  it('finds no violation in the self-assessment test: question list, summary, confirmation and results', async () => {
    const site = await openSitePage(browser);
    await site.visit('/lessons/self-assessment');
    const quiz = quizSection(site.page, 'self-assessment');
    const found: string[] = [];

    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    found.push(...(await violationsInBothModes(site.page, 'self-assessment', 'question')));
    await quiz
      .getByRole('navigation', { name: 'Questions of this test' })
      .getByRole('button')
      .last()
      .click();
    await quiz.getByRole('button', { name: 'Review your answers' }).click();
    found.push(...(await violationsInBothModes(site.page, 'self-assessment', 'summary')));
    await quiz.getByRole('button', { name: 'Finish the attempt' }).click();
    found.push(...(await violationsInBothModes(site.page, 'self-assessment', 'confirmation')));
    await quiz.getByRole('button', { name: 'Finish and see my results' }).click();
    found.push(...(await violationsInBothModes(site.page, 'self-assessment', 'results')));

    expect(found).toEqual([]);
  });
});
