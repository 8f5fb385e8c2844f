import { mkdir } from 'node:fs/promises';
import { mainKeyPoint, type Question } from '@tmm/quiz-engine';
import { keyPoints } from '@tmm/statement-content';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseQuestion, courseQuizzes, lessons } from '../support/course-quizzes';
import { describeViolations, findWcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { answerCorrectly, answerWrongly, quizSection } from './support/quiz-page';
import { required } from './support/required';
import { openSitePage } from './support/site-page';
import { waitForQuizzes } from './support/wait-for-quizzes';

// The walkthrough of issue 14, replayed as a new student: lessons 1 to 3, then, days later, one
// review session with one miss rated "Sure" and one right answer rated "Not sure". What the
// results and /progress say must be true: accuracy and confidence apart, no negative marks or
// percentages, the same words and numbers from the question to the totals, levels earned by the
// rules the page states, and the sure miss back no later than any right answer.
// Set JOURNEY_SCREENSHOTS to a folder to keep screenshots of the review results and /progress.

const LESSONS = ['the-meeting', 'dprk-threat', 'missile-warning-data'] as const;
const quizzes = new Map(courseQuizzes().map(({ quiz }) => [quiz.id, quiz]));
const DAY = 24 * 60 * 60 * 1000;
const LEVELS_BELOW_PROFICIENT = ['Not started', 'Attempted', 'Familiar'];

type Confidence = 'Sure' | 'Not sure';
type Plan = (question: Question, index: number) => { right: boolean; confidence: Confidence };

/** Plays a practice quiz to its results as `plan` says; returns the questions in the order asked. */
async function playQuiz(page: Page, quizId: string, plan: Plan): Promise<Question[]> {
  const section = quizSection(page, quizId);
  await section.getByRole('button', { name: 'Start the quiz' }).click();
  const asked: Question[] = [];
  for (let index = 0; ; index += 1) {
    const id = required(
      await section.locator('[data-question]').getAttribute('data-question'),
      'the question on screen',
    );
    const question = courseQuestion(quizId, id);
    asked.push(question);
    const { right, confidence } = plan(question, index);
    if (right) await answerCorrectly(section, question);
    else await answerWrongly(section, question);
    const level = section.getByRole('radio', { name: new RegExp(`^${confidence} `) });
    if ((await level.count()) > 0) await level.check();
    await section.getByRole('button', { name: 'Check answer' }).click();
    await section.locator('[data-feedback]').waitFor();
    const onward = section.getByRole('button', { name: /^(Next question|See your results)$/ });
    const last = (await onward.textContent()) === 'See your results';
    await onward.click();
    if (last) break;
    await expect
      .poll(() => section.locator('[data-question]').getAttribute('data-question'))
      .not.toBe(id);
  }
  await section.locator('[data-results]').waitFor();
  return asked;
}

const text = async (locator: Locator) => (await locator.textContent())?.replace(/\s+/g, ' ').trim();
const marks = (value: number) => String(Math.round(value * 100) / 100);
const signed = (value: number) =>
  value > 0 ? `+${marks(value)}` : value < 0 ? `−${marks(-value)}` : '0';
const pointsWord = (points: number) =>
  `${marks(points)} of ${marks(points)} ${points === 1 ? 'mark' : 'marks'}`;

async function screenshot(part: Locator, name: string): Promise<void> {
  const folder = process.env.JOURNEY_SCREENSHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await part.screenshot({ path: `${folder}/${name}.png` });
}

describe('the walkthrough: three lessons, then a review with a sure miss and an unsure right answer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('tells the truth in the review results and on /progress', async () => {
    const site = await openSitePage(browser);
    const { page } = site;
    const start = Date.parse('2030-05-06T09:00:00.000Z');
    await page.clock.setFixedTime(start);
    for (const lesson of LESSONS) {
      await site.visit(`/lessons/${lesson}`);
      await playQuiz(page, lesson, () => ({ right: true, confidence: 'Sure' }));
    }

    // Four days on, the key points of the three lessons are due.
    await page.clock.setFixedTime(start + 4 * DAY);
    await site.visit('/progress');
    await page.getByRole('button', { name: 'Review now' }).click();
    await quizSection(page, 'review-session').waitFor();
    let missed: Question | undefined;
    let unsure: Question | undefined;
    const asked = await playQuiz(page, 'review-session', (question) => {
      if (missed === undefined && ['single-choice', 'true-false'].includes(question.type)) {
        missed = question;
        return { right: false, confidence: 'Sure' };
      }
      if (unsure === undefined) {
        unsure = question;
        return { right: true, confidence: 'Not sure' };
      }
      return { right: true, confidence: 'Sure' };
    });
    const miss = required(missed, 'a choice question in the review');
    const doubt = required(unsure, 'a second question in the review');
    const results = quizSection(page, 'review-session').locator('[data-results]');
    const shown = required(await text(results), 'the results');

    // Accuracy: every question but the miss, at full marks (first try, no hint).
    const total = asked.reduce((sum, question) => sum + question.points, 0);
    const earned = total - miss.points;
    const share = `${Math.round((earned / total) * 100)}%`;
    expect(await text(results.locator('[data-score]'))).toBe(
      `You earned ${marks(earned)} of ${marks(total)} marks: ${share}.`,
    );
    expect(await text(results.locator('[data-totals]'))).toBe(
      `${asked.length - 1} of ${asked.length} questions correct.`,
    );
    expect(shown).toContain(earned / total >= 0.7 ? 'Passed' : 'Not passed yet');
    expect(await text(results.locator('[data-marks-rule]'))).toBe(
      "How marks are worked out: a correct answer earns the question's marks and a partly correct one its share; each extra try costs 33% and each hint 10% of them, never below 0, and how sure you were never changes them.",
    );
    // No negative mark or percentage anywhere in the summary.
    expect(shown).not.toMatch(/[-−]\d[\d.]*(%| of| marks?\b)/);

    // The question lines: the badge's words and the marks agree; confidence is reported apart.
    const lineOf = (question: Question) =>
      text(results.locator(`[data-question-result="${reviewId(question)}"]`));
    expect(await lineOf(miss)).toContain(
      `Not correct, 0 of ${marks(miss.points)} ${miss.points === 1 ? 'mark' : 'marks'}. Sure: certainty-based mark −6.`,
    );
    expect(await lineOf(doubt)).toContain(
      `Correct, ${pointsWord(doubt.points)}. Not sure: certainty-based mark +1.`,
    );

    // The confidence report: Gardner-Medwin's table and the average, apart from the marks.
    const report = results.locator('[data-confidence-report]');
    const average =
      asked.reduce(
        (sum, question) =>
          sum + question.points * (question === miss ? -6 : question === doubt ? 1 : 3),
        0,
      ) / total;
    expect(await text(report)).toContain(
      `Average certainty-based mark: ${signed(Math.round(average * 1e6) / 1e6)} per mark, of a possible +3.`,
    );
    const rows = await report
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())),
      );
    expect(rows).toEqual([
      ['Not sure', '+1', '0', '1', '1'],
      ['Fairly sure', '+2', '−2', '0', '0'],
      ['Sure', '+3', '−6', String(asked.length - 1), String(asked.length - 2)],
    ]);

    // Every key point line counts its questions and marks with the numbers of their own lines,
    // each question once, under its main key point (the first it lists), as /progress counts it.
    expect(await text(results.locator('[data-key-point-rule]'))).toBe(
      'Each question counts for its main key point only, as on your progress page.',
    );
    const counted = new Map<string, number>();
    for (const item of await results.locator('[data-key-point]').all()) {
      const line = required(await text(item), 'a key point line');
      expect(line).toMatch(
        /(All correct|Partly correct|Not correct yet): \d+ of \d+ questions? correct, [\d.]+ of [\d.]+ marks? \(\d+%\)\./,
      );
      const questions = Number(/: \d+ of (\d+) questions?/.exec(line)?.[1]);
      counted.set((await item.getAttribute('data-key-point')) ?? '', questions);
    }
    const mainOf = new Map<string, number>();
    for (const question of asked) {
      const main = mainKeyPoint(question);
      if (main !== undefined) mainOf.set(main, (mainOf.get(main) ?? 0) + 1);
    }
    expect(counted).toEqual(mainOf);
    await screenshot(results, 'review-results');

    // /progress: levels earned by the rules it states.
    await site.visit('/progress');
    await page.locator('[data-progress-ready]').waitFor();
    expect(await text(page.locator('[data-mastery-rules]'))).toContain(
      'A question counts for the one key point that is its main subject',
    );
    const levels = new Map(
      await page
        .locator('[data-mastery-table] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.getAttribute('data-key-point') ?? '',
            tr.querySelector('td')?.textContent ?? '',
          ]),
        ),
    );
    expect(levels.size).toBe(keyPoints().length);
    const done = new Set<string>(LESSONS);
    for (const point of keyPoints()) {
      const teaching = lessons.filter(
        (lesson) => lesson.teaches && lesson.keyPointIds.includes(point.id),
      );
      const level = levels.get(point.id);
      if (!teaching.every((lesson) => done.has(lesson.id)))
        expect(LEVELS_BELOW_PROFICIENT, `${point.id}: ${level}`).toContain(level);
    }
    // Lesson 1 introduces free and open Indo-Pacific, but lesson 5, not opened, teaches it.
    expect(LEVELS_BELOW_PROFICIENT).toContain(levels.get('free-open-indo-pacific'));

    // The sure miss comes back no later than any key point answered right.
    const dues = new Map(
      await page
        .locator('[data-review-schedule] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.getAttribute('data-key-point') ?? '',
            Date.parse(tr.querySelector('time')?.getAttribute('datetime') ?? ''),
          ]),
        ),
    );
    const missedPoint = required(miss.keyPoints[0], 'the missed key point');
    const missedDue = required(dues.get(missedPoint), `the due date of ${missedPoint}`);
    expect(missedDue).toBeLessThanOrEqual(start + 4 * DAY + DAY);
    const rightPoints = new Set(
      asked.filter((question) => question !== miss).flatMap((question) => question.keyPoints),
    );
    for (const id of rightPoints)
      if (!miss.keyPoints.includes(id))
        expect(missedDue, `${missedPoint} against ${id}`).toBeLessThanOrEqual(
          required(dues.get(id), id),
        );
    await screenshot(page.locator('section:has(#mastery)'), 'progress-mastery');
    await screenshot(page.locator('section:has(#review)'), 'progress-review');
  });
});

describe('the same lesson in two tabs', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('says when the quiz moved on in the other tab, and continues from the newer state', async () => {
    const site = await openSitePage(browser);
    await site.visit('/lessons/the-meeting');
    const first = quizSection(site.page, 'the-meeting');
    await first.getByRole('button', { name: 'Start the quiz' }).waitFor();
    const other = await site.context.newPage();
    await other.goto(new URL('/lessons/the-meeting', site.origin).href, { waitUntil: 'load' });
    await other.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await waitForQuizzes(other);
    const second = quizSection(other, 'the-meeting');
    await second.getByRole('button', { name: 'Start the quiz' }).click();
    const firstQuestion = required(
      await second.locator('[data-question]').getAttribute('data-question'),
      'the first question',
    );
    await answerCorrectly(second, courseQuestion('the-meeting', firstQuestion));
    await second.getByRole('button', { name: 'Check answer' }).click();
    await second.locator('[data-feedback]').waitFor();

    // The first tab, still at the introduction, hears of it and takes the newer state.
    const offer = first.locator('[data-newer-elsewhere="saved"]');
    await expect.poll(() => text(offer)).toContain('This quiz moved on in another tab');
    expect(
      describeViolations(await findWcagViolations(site.page, 'section[data-quiz="the-meeting"]')),
    ).toEqual([]);
    await offer.getByRole('button', { name: 'Continue from the newer state' }).click();
    await expect.poll(() => text(first.locator('[data-newer-elsewhere]'))).toBe('');
    await first.locator('[data-feedback]').waitFor();
    expect(await first.locator('[data-question]').getAttribute('data-question')).toBe(
      firstQuestion,
    );
    // Focus moves to the question the learner now stands at.
    expect(
      await site.page.evaluate(
        () =>
          document.activeElement?.tagName === 'H4' &&
          document.activeElement.closest('section[data-quiz="the-meeting"]') !== null,
      ),
    ).toBe(true);

    await other.close();
  });
});

/** The id a review plays a course question under: `<quiz id>--<question id>`. */
function reviewId(question: Question): string {
  for (const [quizId, quiz] of quizzes)
    if (quiz.questions.includes(question)) return `${quizId}--${question.id}`;
  throw new Error(`no quiz holds ${question.id}`);
}
