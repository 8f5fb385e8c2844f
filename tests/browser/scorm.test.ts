import type { Question } from '@tmm/quiz-engine';
import { deflateSync, strToU8 } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oldDocuments } from '../../apps/course-site/src/progress/__fixtures__/documents';
import { parseProgressText } from '../../apps/course-site/src/progress/parse-document';
import {
  cmiResponseProblem,
  cmiResultProblem,
} from '../../apps/course-site/src/scorm/__fixtures__/cmi-model';
import { fitSuspendData, SUSPEND_DATA_LIMIT } from '../../apps/course-site/src/scorm/suspend-data';
import { courseQuiz, lessons } from '../support/course-quizzes';
import { launchBrowser } from './support/browser';
import { answerCorrectly, focused, tabTo } from './support/quiz-page';
import { required } from './support/required';
import {
  type LmsCall,
  launchCourse,
  lmsCalls,
  lmsCmi,
  startTestLms,
  type TestLms,
} from './support/scorm-lms';
import { waitForQuizzes } from './support/wait-for-quizzes';

// The course inside an LMS: the SCORM packages run in a test LMS whose API is scorm-again's, in
// the top frame around the package's launch page, as Moodle, Canvas and others run a SCO.

const lesson1 = courseQuiz('the-meeting').quiz;
/** The course's lessons in order, by id (the last is the self-assessment). */
const courseLessons = lessons.map((lesson) => lesson.id);

/** Opens a page of the course inside its frame, as its own links do (routes after `#`). */
async function openInCourse(frame: Frame, path: string): Promise<void> {
  await frame.evaluate((route) => {
    window.location.hash = route;
  }, path);
  await frame.waitForFunction(
    (route) => window.location.hash === `#${route}` && document.querySelector('main') !== null,
    path,
  );
}

type Version = '2004' | '1.2';

/** The CMI element names the checks read, per version. */
const NAMES = {
  '2004': {
    status: 'completion_status',
    response: 'learner_response',
    exit: 'exit',
    time: 'timestamp',
  },
  '1.2': { status: 'lesson_status', response: 'student_response', exit: 'exit', time: 'time' },
} as const;

interface Interaction {
  id: string;
  type: string;
  result: string;
  latency: string;
  [key: string]: unknown;
  correct_responses: { childArray: { pattern: string }[] } | Record<string, { pattern: string }>;
}

/** The interactions scorm-again recorded, in order. */
function interactionsOf(cmi: Record<string, unknown>): Interaction[] {
  const interactions = cmi.interactions as
    | { childArray?: Interaction[] }
    | Record<string, Interaction>;
  const list = Array.isArray((interactions as { childArray?: unknown }).childArray)
    ? (interactions as { childArray: Interaction[] }).childArray
    : Object.entries(interactions)
        .filter(([key]) => /^\d+$/.test(key))
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, value]) => value as Interaction);
  return list;
}

function patternsOf(interaction: Interaction): string[] {
  const responses = interaction.correct_responses as
    | { childArray?: { pattern: string }[] }
    | Record<string, { pattern: string }>;
  const list = Array.isArray((responses as { childArray?: unknown }).childArray)
    ? (responses as { childArray: { pattern: string }[] }).childArray
    : Object.entries(responses)
        .filter(([key]) => /^\d+$/.test(key))
        .map(([, value]) => value as { pattern: string });
  return list.map((entry) => entry.pattern);
}

/** Every call the LMS refused or answered with an error code, reads of unset values aside. */
function refusedCalls(calls: readonly LmsCall[]): LmsCall[] {
  return calls.filter(
    (call) => !/GetValue$/.test(call.name) && (call.result !== 'true' || call.error !== '0'),
  );
}

/** Answers lesson 1's first three questions by keyboard: one wrong, two right. */
async function firstThreeByKeyboard(page: Page, frame: Frame): Promise<void> {
  const section = frame.locator('section[data-quiz="the-meeting"]');
  await tabTo(page, 'button', { within: frame, text: 'Start the quiz', maxPresses: 300 });
  await page.keyboard.press('Enter');
  expect(await focused(frame)).toMatchObject({ tag: 'h4', text: 'Question 1 of 6' });
  // Question 1, single choice: a wrong option.
  await tabTo(page, 'input[type="radio"]', { within: frame, maxPresses: 60 });
  if ((await focused(frame)).value === 'nuclear-and-missile')
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Check answer' });
  await page.keyboard.press('Enter');
  await section.locator('[data-feedback="incorrect"]').waitFor();
  // Question 2, multiple select: the three right boxes.
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Next question' });
  await page.keyboard.press('Enter');
  const right = new Set(['dprk-threats', 'security-exercises', 'common-challenges']);
  for (let box = 0; box < 5; box += 1) {
    await page.keyboard.press('Tab');
    if (right.has((await focused(frame)).value)) await page.keyboard.press('Space');
  }
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Check answer' });
  await page.keyboard.press('Enter');
  await section.locator('[data-feedback="correct"]').waitFor();
  // Question 3, true or false: false.
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Next question' });
  await page.keyboard.press('Enter');
  await tabTo(page, 'input[type="radio"]', { within: frame, maxPresses: 60 });
  if ((await focused(frame)).value !== 'false') await page.keyboard.press('ArrowDown');
  if (!(await focused(frame)).checked) await page.keyboard.press('Space');
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Check answer' });
  await page.keyboard.press('Enter');
  await section.locator('[data-feedback="correct"]').waitFor();
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Next question' });
  await page.keyboard.press('Enter');
  expect(await focused(frame)).toMatchObject({ tag: 'h4', text: 'Question 4 of 6' });
}

/** Answers lesson 1's last three questions by keyboard, all right, and opens the results. */
async function lastThreeByKeyboard(page: Page, frame: Frame): Promise<void> {
  const section = frame.locator('section[data-quiz="the-meeting"]');
  await tabTo(page, 'input[type="text"]', { within: frame, maxPresses: 300 });
  await page.keyboard.type('Indo-Pacific');
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Check answer' });
  await page.keyboard.press('Enter');
  await section.locator('[data-feedback="correct"]').waitFor();
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Next question' });
  await page.keyboard.press('Enter');
  await tabTo(page, 'button[data-sentence="p1.s2"]', { within: frame, maxPresses: 60 });
  await page.keyboard.press('Space');
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Check answer' });
  await page.keyboard.press('Enter');
  await section.locator('[data-feedback="correct"]').waitFor();
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Next question' });
  await page.keyboard.press('Enter');
  const matching = required(
    lesson1.questions.find((question) => question.type === 'matching'),
    'the matching question of lesson 1',
  );
  for (const pair of matching.type === 'matching' ? matching.pairs : []) {
    const select = section.locator(`select[id$="-${pair.id}"]`);
    const letter = await select
      .locator(`option[value="${pair.id}"]`)
      .evaluate((option) => option.textContent?.charAt(0) ?? '');
    await tabTo(page, `select[id$="-${pair.id}"]`, { within: frame, maxPresses: 60 });
    await page.keyboard.type(letter);
  }
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'Check answer' });
  await page.keyboard.press('Enter');
  await section.locator('[data-feedback="correct"]').waitFor();
  await tabTo(page, 'button', { within: frame, maxPresses: 60, text: 'See your results' });
  await page.keyboard.press('Enter');
  await section.locator('[data-results]').waitFor();
}

/**
 * Closes the course as an LMS does when the learner leaves it: its frame is removed, and the
 * course's `pagehide` ends the session (last values, session time, exit, Commit, Terminate).
 */
async function closeCourse(page: Page): Promise<void> {
  await page.evaluate(() => document.getElementById('sco')?.remove());
}

/** The standing the LMS holds, in one shape for both versions. */
function standingOf(cmi: Record<string, unknown>, version: Version) {
  if (version === '2004') {
    const score = cmi.score as Record<string, string>;
    return {
      completion: String(cmi.completion_status),
      progress: String(cmi.progress_measure),
      success: String(cmi.success_status),
      scaled: score.scaled,
      raw: score.raw,
      exit: String(cmi.exit),
      sessionTime: String(cmi.session_time),
      suspendData: String(cmi.suspend_data),
    };
  }
  const core = cmi.core as Record<string, unknown>;
  const score = core.score as Record<string, string>;
  return {
    completion: String(core.lesson_status),
    raw: score.raw,
    exit: String(core.exit),
    sessionTime: String(core.session_time),
    suspendData: String(cmi.suspend_data),
  };
}

/** The interaction checks every journey makes: the ids, valid patterns and results, times. */
function checkInteractions(interactions: readonly Interaction[], version: Version) {
  for (const interaction of interactions) {
    const label = `${interaction.id} (${version})`;
    expect(interaction.id, label).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/);
    expect(
      cmiResponseProblem(interaction.type, String(interaction[NAMES[version].response]), version),
      label,
    ).toBeNull();
    const patterns = patternsOf(interaction);
    expect(patterns.length, label).toBeGreaterThan(0);
    for (const pattern of patterns)
      expect(
        cmiResponseProblem(interaction.type, pattern, version, { pattern: true }),
        label,
      ).toBeNull();
    expect(cmiResultProblem(interaction.result, version), label).toBeNull();
    expect(String(interaction[NAMES[version].time]), label).not.toBe('');
    expect(interaction.latency, label).toMatch(
      version === '2004' ? /^PT\d+H\d+M[\d.]+S$/ : /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    );
  }
}

for (const version of ['2004', '1.2'] as const)
  describe(`the SCORM ${version} package in an LMS (scorm-again)`, () => {
    let browser: Browser;
    let lms: TestLms;

    beforeAll(async () => {
      [browser, lms] = await Promise.all([launchBrowser(), startTestLms()]);
    });

    afterAll(async () => {
      await browser?.close();
      await lms?.close();
    });

    it('takes lesson 1 quiz by keyboard: the LMS records each answer; closed and relaunched, the quiz resumes', async () => {
      const first = await browser.newContext();
      const page = await first.newPage();
      const frame = await launchCourse(page, lms, version, { at: '#/lessons/the-meeting' });
      await frame.locator('section[data-quiz="the-meeting"]').waitFor();
      await firstThreeByKeyboard(page, frame);
      await closeCourse(page);
      const kept = await lmsCmi(page);
      const calls = await lmsCalls(page);
      expect(calls[0]?.name).toBe(version === '2004' ? 'Initialize' : 'LMSInitialize');
      expect(calls.at(-1)?.name).toBe(version === '2004' ? 'Terminate' : 'LMSFinish');
      // No call refused: every SetValue, Commit and Terminate returned "true" with error 0.
      expect(refusedCalls(calls)).toEqual([]);
      expect(calls.filter((call) => /SetValue$/.test(call.name)).length).toBeGreaterThan(20);
      expect(calls.filter((call) => /Commit$/.test(call.name)).length).toBeGreaterThan(1);

      const interactions = interactionsOf(kept);
      expect(interactions.map((interaction) => interaction.id)).toEqual(
        lesson1.questions.slice(0, 3).map((question) => `the-meeting.${question.id}`),
      );
      expect(interactions.map((interaction) => interaction.type)).toEqual([
        'choice',
        'choice',
        'true-false',
      ]);
      expect(interactions.map((interaction) => interaction.result)).toEqual([
        version === '2004' ? 'incorrect' : 'wrong',
        'correct',
        'correct',
      ]);
      expect(interactions[2]?.[NAMES[version].response]).toBe(version === '2004' ? 'false' : 'f');
      checkInteractions(interactions, version);
      const standing = standingOf(kept, version);
      expect(standing).toMatchObject(
        version === '2004'
          ? { completion: 'incomplete', progress: '0', success: 'unknown', exit: 'suspend' }
          : { completion: 'incomplete', exit: 'suspend' },
      );
      expect(standing.sessionTime).not.toBe('');
      expect(standing.suspendData).toMatch(/^tmm2:[0-3][0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]+$/);
      await first.close();

      // Relaunched in another browser (nothing stored there): the LMS's data alone resumes it.
      const second = await browser.newContext();
      const again = await second.newPage();
      const resumed = await launchCourse(again, lms, version, {
        at: '#/lessons/the-meeting',
        start: kept,
      });
      const section = resumed.locator('section[data-quiz="the-meeting"]');
      await section.locator('h4').waitFor();
      expect(await section.locator('h4').textContent()).toBe('Question 4 of 6');
      await lastThreeByKeyboard(again, resumed);
      expect(await section.locator('[data-results]').textContent()).toContain(
        'You earned 5 of 6 marks: 83%.',
      );
      await closeCourse(again);
      const after = await lmsCmi(again);
      const allCalls = await lmsCalls(again);
      expect(refusedCalls(allCalls)).toEqual([]);
      const all = interactionsOf(after);
      expect(all.map((interaction) => interaction.id)).toEqual(
        lesson1.questions.map((question) => `the-meeting.${question.id}`),
      );
      expect(all.slice(3).map((interaction) => interaction.type)).toEqual([
        'fill-in',
        'choice',
        'matching',
      ]);
      expect(all.slice(3).map((interaction) => interaction.result)).toEqual([
        'correct',
        'correct',
        'correct',
      ]);
      checkInteractions(all, version);
      // One lesson of the course's eight is completed; the self-assessment is still ahead.
      expect(standingOf(after, version)).toMatchObject(
        version === '2004'
          ? { completion: 'incomplete', progress: '0.125', success: 'unknown' }
          : { completion: 'incomplete' },
      );
      await second.close();
    });
  });

/** A course question by the id the quiz shows (a review's ids are `<quiz>--<question>`). */
function courseQuestion(quizId: string, id: string): Question {
  const [owner, questionId] = quizId === 'review-session' ? id.split('--') : [quizId, id];
  return required(
    courseQuiz(owner ?? '').quiz.questions.find((question) => question.id === questionId),
    `question ${id} of ${quizId}`,
  );
}

/** Plays a practice quiz in the frame to its results, every answer right, by pointer. */
async function playPractice(frame: Frame, quizId: string): Promise<number> {
  const section = frame.locator(`section[data-quiz="${quizId}"]`);
  await section.getByRole('button', { name: 'Start the quiz' }).click();
  for (let asked = 1; ; asked += 1) {
    const id = required(
      await section.locator('[data-question]').getAttribute('data-question'),
      'the question on screen',
    );
    await answerCorrectly(section, courseQuestion(quizId, id));
    const sure = section.getByRole('radio', { name: /^Sure / });
    if ((await sure.count()) > 0) await sure.check();
    await section.getByRole('button', { name: 'Check answer' }).click();
    await section.locator('[data-feedback]').waitFor();
    const onward = section.getByRole('button', { name: /^(Next question|See your results)$/ });
    const last = (await onward.textContent()) === 'See your results';
    await onward.click();
    if (last) {
      await section.locator('[data-results]').waitFor();
      return asked;
    }
    await expect
      .poll(() => section.locator('[data-question]').getAttribute('data-question'))
      .not.toBe(id);
  }
}

/** Takes the self-assessment (a test: answered in any order, then finished), every answer right. */
async function takeSelfAssessment(frame: Frame): Promise<number> {
  const section = frame.locator('section[data-quiz="self-assessment"]');
  await section.getByRole('button', { name: 'Start the quiz' }).click();
  const buttons = section
    .getByRole('navigation', { name: 'Questions of this test' })
    .getByRole('button');
  const count = await buttons.count();
  for (let index = 0; index < count; index += 1) {
    await buttons.nth(index).click();
    const id = required(
      await section.locator('[data-question]').getAttribute('data-question'),
      'the question on screen',
    );
    await answerCorrectly(section, courseQuestion('self-assessment', id));
  }
  await section.getByRole('button', { name: 'Finish the attempt' }).click();
  await section.getByRole('button', { name: 'Finish and see my results' }).click();
  await section.locator('[data-results]').waitFor();
  return count;
}

describe('the course in an LMS, whole and in bad conditions (scorm-again)', () => {
  let browser: Browser;
  let lms: TestLms;

  beforeAll(async () => {
    [browser, lms] = await Promise.all([launchBrowser(), startTestLms()]);
  });

  afterAll(async () => {
    await browser?.close();
    await lms?.close();
  });

  it('every lesson, the self-assessment and a review: completed, passed, scored; suspend_data within both limits', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.parse('2030-05-06T09:00:00.000Z');
    await page.clock.setFixedTime(start);
    const frame = await launchCourse(page, lms, '2004', { at: '#/lessons/the-meeting' });
    let answered = 0;
    for (const lesson of courseLessons.slice(0, -1)) {
      await openInCourse(frame, `/lessons/${lesson}`);
      await waitForQuizzes(frame);
      answered += await playPractice(frame, lesson);
    }
    await openInCourse(frame, '/lessons/self-assessment');
    await waitForQuizzes(frame);
    answered += await takeSelfAssessment(frame);
    // Four days on, the key points are due: a "Review now" session from the progress page.
    await page.clock.setFixedTime(start + 4 * 86_400_000);
    await openInCourse(frame, '/progress');
    await frame.getByRole('button', { name: 'Review now' }).click();
    await frame.locator('section[data-quiz="review-session"]').waitFor();
    await waitForQuizzes(frame);
    answered += await playPractice(frame, 'review-session');
    const stored = required(
      await frame.evaluate(() => localStorage.getItem('tmm-course-progress')),
      'the stored record',
    );
    await closeCourse(page);

    const cmi = await lmsCmi(page);
    expect(refusedCalls(await lmsCalls(page))).toEqual([]);
    expect(standingOf(cmi, '2004')).toMatchObject({
      completion: 'completed',
      progress: '1',
      success: 'passed',
      scaled: '1',
      raw: '100',
      exit: 'suspend',
    });
    const interactions = interactionsOf(cmi);
    expect(interactions).toHaveLength(answered);
    checkInteractions(interactions, '2004');
    const suspendData = standingOf(cmi, '2004').suspendData;
    // The browser's record fits SCORM 1.2's limit too, by the same rule.
    const read = parseProgressText(stored);
    if (!read.ok) throw new Error(read.message);
    const in12 = fitSuspendData(read.document, SUSPEND_DATA_LIMIT['1.2'], new Date(start));
    console.log(
      `suspend_data after ${courseLessons.length} lessons, the self-assessment and a review of ${answered} answers in all: ${suspendData.length} characters in SCORM 2004 (limit 64,000); ${in12.ok ? `${in12.text.length} characters in SCORM 1.2 (limit 4,096), ${in12.attemptsLeftOut} attempts left out` : 'too large for SCORM 1.2'}; the record itself is ${stored.length} characters.`,
    );
    expect(suspendData.length).toBeLessThanOrEqual(64_000);
    expect(in12.ok).toBe(true);
    await context.close();
  }, 600_000);

  /** The first question of lesson 1 answered by pointer and checked; the progress kept here. */
  async function answerFirst(frame: Frame) {
    const section = frame.locator('section[data-quiz="the-meeting"]');
    await section.getByRole('button', { name: 'Start the quiz' }).click();
    await answerCorrectly(section, required(lesson1.questions[0], 'question 1'));
    await section.getByRole('button', { name: 'Check answer' }).click();
    await section.locator('[data-feedback="correct"]').waitFor();
    const stored = required(
      await frame.evaluate(() => localStorage.getItem('tmm-course-progress')),
      'the progress kept in the browser',
    );
    return JSON.parse(stored) as { snapshots: Record<string, unknown>; lessons: object };
  }

  for (const [mode, kind, words] of [
    [
      'none',
      'not-connected',
      'This copy of the course is made to run inside a learning management system, and none was found. Your progress is kept in this browser only, and will not reach a gradebook.',
    ],
    [
      'throwing',
      'not-connected',
      "The course could not connect to your learning management system: the LMS's SCORM API failed (the test LMS is down). Your progress is kept in this browser only, and will not reach the gradebook from this visit.",
    ],
    [
      'failing-commit',
      'not-saved',
      'Your learning management system did not save your latest progress: the LMS refused Commit (error 391: General Commit Failure). It is kept in this browser, and the course sends it again with your next step.',
    ],
  ] as const)
    it(`with the LMS's API ${mode === 'none' ? 'missing' : mode === 'throwing' ? 'throwing' : 'refusing to commit'}: a clear notice, the quiz works, progress kept in the browser`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const frame = await launchCourse(page, lms, '2004', { mode, at: '#/lessons/the-meeting' });
      const notice = frame.locator(`[data-scorm-notice="${kind}"]`);
      await notice.waitFor();
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await notice.locator('p').textContent()).toBe(words);
      const kept = await answerFirst(frame);
      expect(Object.keys(kept.snapshots)).toEqual(['the-meeting']);
      // One notice, however many calls fail; dismissed by its button.
      expect(await frame.locator('[data-scorm-notice]').count()).toBe(1);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      expect(await frame.locator('[data-scorm-notice]').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('relaunched with suspend_data an older version of the course saved: resumed through the migrations', async () => {
    const text = oldDocuments.v2TwoLessonsAndUnfinishedQuiz;
    const old = JSON.parse(text) as { attempts: unknown[]; lessons: object };
    const saved = `tmm1:${Buffer.from(deflateSync(strToU8(text))).toString('base64')}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const frame = await launchCourse(page, lms, '2004', {
      at: '#/lessons/the-meeting',
      start: { suspend_data: saved },
    });
    const stored = required(
      await frame.evaluate(() => localStorage.getItem('tmm-course-progress')),
      'the progress kept in the browser',
    );
    const document = JSON.parse(stored) as {
      version: number;
      attempts: unknown[];
      lessons: object;
    };
    expect(document.version).toBeGreaterThan(2);
    expect(document.attempts).toHaveLength(old.attempts.length);
    expect(Object.keys(document.lessons)).toEqual(Object.keys(old.lessons));
    expect(await frame.locator('[data-scorm-notice]').count()).toBe(0);
    // The LMS now holds the record in this version's form, with the standing it gives.
    const cmi = await lmsCmi(page);
    expect(standingOf(cmi, '2004').progress).toBe(String(Object.keys(old.lessons).length / 8));
    expect(refusedCalls(await lmsCalls(page))).toEqual([]);
    await context.close();
  });
});
