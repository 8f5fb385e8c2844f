import { readFile } from 'node:fs/promises';
import type { Question, Quiz } from '@tmm/quiz-engine';
import { keyPoint, keyPoints } from '@tmm/statement-content';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseQuiz, courseQuizzes } from '../support/course-quizzes';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { useColorScheme } from './support/color-scheme';
import { answerCorrectly, answerWrongly, quizSection } from './support/quiz-page';
import { required } from './support/required';
import { openSitePage, type SitePage } from './support/site-page';

// The learner's progress across visits: the /progress page after two lessons, export and
// import, damaged storage set aside, storage that keeps nothing, and spaced review.

const PROGRESS_KEY = 'tmm-course-progress';
const lesson1 = courseQuiz('the-meeting').quiz;
const lesson2 = courseQuiz('dprk-threat').quiz;
const quizzes = new Map(courseQuizzes().map(({ quiz }) => [quiz.id, quiz]));

/** The key point's name as the progress page shows it: its number in the statement, then its title. */
function shownTitle(keyPointId: string): string {
  const number = keyPoints().findIndex((point) => point.id === keyPointId) + 1;
  return `${number}. ${required(keyPoint(keyPointId), keyPointId).title}`;
}

/** What to answer wrongly: the question on screen, its id there, and how many came before it. */
type WrongWhen = (question: Question, id: string, index: number) => boolean;

/**
 * Takes the practice quiz `quizId` on the page to its results with the pointer: every question
 * right except where `wrong` says, rated "Sure" when the quiz asks how sure. `questionOf` finds
 * the course question a screen shows (a review shows them under ids of its own).
 */
async function finishPracticeQuiz(
  page: Page,
  quizId: string,
  questionOf: (id: string) => Question | undefined,
  wrong: WrongWhen = () => false,
): Promise<void> {
  const section = quizSection(page, quizId);
  await section.getByRole('button', { name: 'Start the quiz' }).click();
  for (let index = 0; ; index += 1) {
    const id = required(
      await section.locator('[data-question]').getAttribute('data-question'),
      'the question on screen',
    );
    const question = required(questionOf(id), `question ${id}`);
    if (wrong(question, id, index)) await answerWrongly(section, question);
    else await answerCorrectly(section, question);
    const sure = section.getByRole('radio', { name: /^Sure/ });
    if ((await sure.count()) > 0) await sure.check();
    await section.getByRole('button', { name: 'Check answer' }).click();
    const onward = section.getByRole('button', { name: /^(Next question|See your results)$/ });
    const last = (await onward.textContent()) === 'See your results';
    await onward.click();
    if (last) break;
    await expect
      .poll(() => section.locator('[data-question]').getAttribute('data-question'))
      .not.toBe(id);
  }
  await section.locator('[data-results]').waitFor();
}

/** The question of a course quiz by its id. */
function questionIn(quiz: Quiz): (id: string) => Question | undefined {
  return (id) => quiz.questions.find((question) => question.id === id);
}

/** The lesson 1 and lesson 2 quizzes finished: one question of lesson 2, on the claimed space launch, missed. */
async function finishTwoLessons(site: SitePage): Promise<void> {
  await site.visit('/lessons/the-meeting');
  await finishPracticeQuiz(site.page, lesson1.id, questionIn(lesson1));
  await site.visit('/lessons/dprk-threat');
  await finishPracticeQuiz(
    site.page,
    lesson2.id,
    questionIn(lesson2),
    (question) => question.id === 'claimed-launch',
  );
}

/** Key point and level of every row of the mastery table. */
async function masteryRows(page: Page): Promise<[string, string][]> {
  return page
    .locator('[data-mastery-table] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('th')?.textContent ?? '',
        row.querySelector('td')?.textContent ?? '',
      ]),
    );
}

/** What the progress page says, section by section, except the export and import controls. */
async function progressText(page: Page): Promise<string[]> {
  await page.locator('[data-progress-ready]').waitFor();
  return page
    .locator('[data-progress-ready] > section:not(:has(input[type="file"]))')
    .allInnerTexts();
}

describe('the progress page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the lessons done, the next one, and the mastery of their key points after two lesson quizzes', async () => {
    const site = await openSitePage(browser);
    await finishTwoLessons(site);

    await site.visit('/progress');
    await site.page.locator('[data-progress-ready]').waitFor();
    const rows = new Map(await masteryRows(site.page));

    expect(await site.page.locator('[data-lessons-completed]').textContent()).toMatch(
      /You have completed 2 of 8 lessons\. Next lesson: Sharing missile warning data in real time\./,
    );
    // Mastery counts a question for its main key point, the first it lists.
    const taught = new Set(
      [...lesson1.questions, ...lesson2.questions].flatMap((q) => q.keyPoints.slice(0, 1)),
    );
    const scheduled = new Set(
      [...lesson1.questions, ...lesson2.questions].flatMap((q) => q.keyPoints),
    );
    expect(rows.size).toBe(keyPoints().length);
    for (const point of keyPoints()) {
      const level = rows.get(shownTitle(point.id));
      // No review yet, so nothing is mastered.
      if (taught.has(point.id))
        expect(level, point.id).toMatch(/^(Attempted|Familiar|Proficient)$/);
      else expect(level, point.id).toBe('Not started');
    }
    // Missed once, right twice since: (0 × 0.63 + 1 × 0.79 + 1 × 1) / 2.42 = 74%.
    expect(rows.get(shownTitle('condemn-space-launch'))).toBe('Familiar');
    expect(
      await site.page
        .locator('[data-mastery-table] tr[data-key-point="condemn-space-launch"] td')
        .nth(1)
        .textContent(),
    ).toBe('74%');
    await expect
      .poll(() => site.page.locator('[data-review-schedule] tbody tr').count())
      .toBe(scheduled.size);
  });

  it('marks the completed lessons in the sidebar and in the introduction’s list, with "(completed)" in their names', async () => {
    const site = await openSitePage(browser);
    await site.visit('/lessons/the-meeting');
    await finishPracticeQuiz(site.page, lesson1.id, questionIn(lesson1));

    await site.visit('/lessons');
    const sidebar = site.page.locator('nav[aria-label="Docs sidebar"]');
    const introduction = site.page.locator('article');

    await expect
      .poll(() => sidebar.getByRole('link', { name: '1. The meeting (completed)' }).count())
      .toBe(1);
    expect(
      await sidebar.getByRole('link', { name: '2. The DPRK threat', exact: true }).count(),
    ).toBe(1);
    expect(
      await introduction
        .getByRole('link', { name: 'The meeting: who, where, when and why (completed)' })
        .count(),
    ).toBe(1);
    expect(
      await introduction
        .getByRole('link', { name: 'The DPRK threat and denuclearization', exact: true })
        .count(),
    ).toBe(1);
  });

  it('exports the progress as a file that, imported into a fresh browser, shows the same page', async () => {
    const first = await openSitePage(browser);
    await finishTwoLessons(first);
    await first.visit('/progress');
    const before = await progressText(first.page);

    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Download my progress' }).click(),
    ]);
    const exported = await readFile(required(await download.path(), 'the downloaded file'), 'utf8');

    const fresh = await openSitePage(browser);
    await fresh.visit('/progress');
    await fresh.page.getByLabel('Progress file (.json)').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });

    expect(download.suggestedFilename()).toMatch(/^tmm-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
    await expect
      .poll(() => fresh.page.locator('[data-progress-file-status]').textContent())
      .toMatch(/^Imported: \d+ attempts, 2 completed lessons and \d+ new review schedules added/);
    expect(await progressText(fresh.page)).toEqual(before);
  });

  it('refuses a file that is not a progress export, saying why, and changes nothing', async () => {
    const site = await openSitePage(browser);
    await site.visit('/progress');
    const before = await progressText(site.page);

    await site.page.getByLabel('Progress file (.json)').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"tmm-course-progress","version":2,"attempts":"none"}'),
    });

    await expect
      .poll(() => site.page.getByRole('alert').filter({ hasText: 'notes.json' }).textContent())
      .toMatch(
        /“notes\.json” was not imported\. This progress file is damaged at attempts: .+ Nothing was imported\./,
      );
    expect(await progressText(site.page)).toEqual(before);
  });

  it('erases progress only after a confirmation, reached by keyboard', async () => {
    const site = await openSitePage(browser);
    await site.visit('/lessons/the-meeting');
    await finishPracticeQuiz(site.page, lesson1.id, questionIn(lesson1));
    await site.visit('/progress');
    const erase = site.page.getByRole('button', { name: 'Erase my progress…' });

    const confirm = site.page.getByRole('button', { name: 'Yes, erase my progress' });
    const hasFocus = (button: Locator) => () =>
      button.evaluate((element) => element === document.activeElement);

    // First time: the confirmation takes focus; Cancel gives it back and keeps everything.
    await erase.focus();
    await site.page.keyboard.press('Enter');
    await expect.poll(hasFocus(confirm)).toBe(true);
    await site.page.keyboard.press('Tab');
    await site.page.keyboard.press('Enter');
    await expect.poll(hasFocus(erase)).toBe(true);
    expect(
      await site.page.locator('[data-lessons-completed]').getAttribute('data-lessons-completed'),
    ).toBe('1');

    // Second time: confirmed.
    await site.page.keyboard.press('Enter');
    await expect.poll(hasFocus(confirm)).toBe(true);
    await site.page.keyboard.press('Enter');

    await expect
      .poll(() =>
        site.page.locator('[data-lessons-completed]').getAttribute('data-lessons-completed'),
      )
      .toBe('0');
    expect(await site.page.locator('[data-progress-file-status]').textContent()).toMatch(/erased/);
  });

  it('sets damaged progress aside as a backup, says so on the next page, and offers it for download', async () => {
    const site = await openSitePage(browser);
    await site.visit('/progress');
    await site.page.evaluate((key) => localStorage.setItem(key, '{broken'), PROGRESS_KEY);

    await site.visit('/progress');
    const notice = site.page.locator('[role="status"] [data-progress-notice="recovered"]');
    await notice.waitFor();
    const stored = await site.page.evaluate((key) => {
      const entries: [string, string | null][] = [];
      for (let index = 0; index < localStorage.length; index += 1) {
        const name = localStorage.key(index);
        if (name?.startsWith(key)) entries.push([name, localStorage.getItem(name)]);
      }
      return entries;
    }, PROGRESS_KEY);
    const backups = stored.filter(([name]) => name.startsWith(`${PROGRESS_KEY}.backup.`));

    expect(await notice.textContent()).toMatch(
      /Saved progress could not be read \(.+\)\. It was set aside/,
    );
    expect(backups.map(([, text]) => text)).toEqual(['{broken']);
    expect(await notice.textContent()).toContain(required(backups[0], 'the backup')[0]);
    const fresh = JSON.parse(
      required(stored.find(([name]) => name === PROGRESS_KEY)?.[1], 'the new document'),
    );
    expect(fresh).toMatchObject({ format: 'tmm-course-progress', version: 4, attempts: [] });

    const [download] = await Promise.all([
      site.page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the backup' }).click(),
    ]);
    expect(await readFile(required(await download.path(), 'the backup file'), 'utf8')).toBe(
      '{broken',
    );
  });

  it('keeps progress in memory, says so, and the quiz still works when storage is unavailable', async () => {
    const site = await openSitePage(browser);
    await site.context.addInitScript(() => {
      // As a browser with site data blocked: reading localStorage throws.
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });

    await site.visit('/lessons/the-meeting');
    const notice = site.page.locator('[role="status"] [data-progress-notice="memory-only"]');
    await notice.waitFor();
    await finishPracticeQuiz(site.page, lesson1.id, questionIn(lesson1));
    // A link within the site keeps this tab's memory.
    await site.page.getByRole('link', { name: 'Progress', exact: true }).click();

    expect(await notice.textContent()).toMatch(
      /Progress is not being saved\. .*only while this tab is open/,
    );
    await expect
      .poll(() =>
        site.page.locator('[data-lessons-completed]').getAttribute('data-lessons-completed'),
      )
      .toBe('1');
  });

  it('builds "Review now" from the due key points, and its results move their review dates', async () => {
    const site = await openSitePage(browser);
    // A fixed clock makes the schedule, and the day-seeded review plan, the same on every run.
    const finished = Date.parse('2030-03-04T09:00:00.000Z');
    await site.page.clock.setFixedTime(finished);
    await site.visit('/lessons/the-meeting');
    await finishPracticeQuiz(site.page, lesson1.id, questionIn(lesson1));
    // Six weeks later, every key point of lesson 1 is due.
    await site.page.clock.setFixedTime(finished + 42 * 24 * 60 * 60 * 1000);

    await site.visit('/progress');
    const due = site.page.locator('[data-review-schedule] tbody tr[data-due="true"]');
    const dueBefore = await due.count();
    await site.page.getByRole('button', { name: 'Review now' }).click();
    const review = quizSection(site.page, 'review-session');
    await review.waitFor();
    const fromReview = (id: string) => {
      const [quizId = '', questionId = ''] = id.split('--');
      return quizzes.get(quizId)?.questions.find((question) => question.id === questionId);
    };
    let missed: Question | undefined;
    await finishPracticeQuiz(site.page, 'review-session', fromReview, (question) => {
      // The first choice question asked is answered wrongly, though rated sure.
      if (missed !== undefined || !['single-choice', 'true-false'].includes(question.type))
        return false;
      missed = question;
      return true;
    });
    const sureAndWrong = site.page.locator('[data-sure-and-wrong] tbody tr');

    expect(dueBefore).toBe(new Set(lesson1.questions.flatMap((q) => q.keyPoints)).size);
    await expect.poll(() => due.count()).toBe(0);
    const missedPoint = required(missed?.keyPoints[0], 'a key point of the missed question');
    expect(
      await sureAndWrong
        .filter({ hasText: shownTitle(missedPoint) })
        .locator('td')
        .last()
        .textContent(),
    ).not.toBe('0%');
    // Each reviewed key point: a second review logged and a new date ahead, none due now. A review
    // question that also tests a key point lesson 1 does not starts that key point's schedule.
    const scheduled = Object.fromEntries(
      await site.page
        .locator('[data-review-schedule] tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [
            row.getAttribute('data-key-point'),
            row.querySelector('td:last-child')?.textContent,
          ]),
        ),
    );
    const lesson1Points = [...new Set(lesson1.questions.flatMap((q) => q.keyPoints))];
    for (const id of lesson1Points) expect(scheduled[id], id).toBe('2');
    for (const [id, count] of Object.entries(scheduled))
      if (!lesson1Points.includes(id)) expect(count, id).toBe('1');
    // Stored as a review attempt whose every answer names the course question it was to.
    const stored = JSON.parse(
      required(
        await site.page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY),
        'the stored progress',
      ),
    );
    const reviews = stored.attempts.filter(
      (attempt: { kind: string }) => attempt.kind === 'review',
    );
    expect(reviews).toHaveLength(1);
    expect(stored.attempts.map((attempt: { quizId?: string }) => attempt.quizId)).not.toContain(
      'review-session',
    );
    const answered: { quizId: string; questionId: string; correct: boolean }[] =
      reviews[0].questions;
    expect(answered.length).toBeGreaterThan(0);
    for (const { quizId, questionId } of answered)
      expect(
        quizzes.get(quizId)?.questions.some((question) => question.id === questionId),
        `${quizId} ${questionId}`,
      ).toBe(true);
    // The question missed though rated sure is there, under its own quiz.
    expect(
      answered.find(
        ({ quizId, questionId }) =>
          quizzes.get(quizId)?.questions.find((question) => question.id === questionId) === missed,
      ),
    ).toMatchObject({ correct: false, confidence: 3 });
  });

  it('finds no WCAG 2.2 A/AA violation on the progress page with progress on it, light or dark', async () => {
    const site = await openSitePage(browser, { colorScheme: 'light' });
    await finishTwoLessons(site);
    await site.visit('/progress');
    await site.page.locator('[data-progress-ready]').waitFor();
    const found: string[] = [];

    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(site.page, colorScheme);
      const violations = describeViolations(await findWcagViolations(site.page));
      found.push(...violations.map((line) => `[${colorScheme}] ${line}`));
    }

    expect(found).toEqual([]);
  });
});
