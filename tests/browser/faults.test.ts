import type { Question, Quiz } from '@tmm/quiz-engine';
import { createQuizMachine } from '@tmm/quiz-engine';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createActor } from 'xstate';
import { courseQuiz } from '../support/course-quizzes';
import { launchBrowser } from './support/browser';
import { answerCorrectly, quizSection } from './support/quiz-page';
import { guardPage } from './support/request-guard';
import { required } from './support/required';
import { openSitePage, type SitePage } from './support/site-page';
import { waitForQuizzes } from './support/wait-for-quizzes';

// What a learner should see when things go wrong: the same quiz in two tabs, hostile data in
// storage or in an imported file, and a malformed link to the reader. Nothing is lost, and no
// page breaks.

const PROGRESS_KEY = 'tmm-course-progress';
const meeting = courseQuiz('the-meeting').quiz;
const LESSON = '/lessons/the-meeting';

interface StoredSnapshot {
  readonly savedAt: string;
  readonly snapshot: {
    readonly value: unknown;
    readonly context: {
      readonly seed: number;
      readonly attempt: number;
      readonly questions: Record<string, { tries: number[]; score?: { parts: unknown } }>;
      readonly choiceOrder: Record<string, unknown>;
    };
  };
}

interface Stored {
  readonly attempts: { attemptId: string; quizId: string; finishedAt: string }[];
  readonly lessons: Record<string, unknown>;
  readonly snapshots: Record<string, StoredSnapshot>;
}

async function stored(page: Page): Promise<Stored> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return JSON.parse(required(raw, 'stored progress')) as Stored;
}

async function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).sort());
}

/** The question of the meeting's quiz a screen shows. */
function questionOf(quiz: Quiz, id: string): Question {
  return required(
    quiz.questions.find((question) => question.id === id),
    `question ${id}`,
  );
}

/** Answers the question on screen and checks it; true when that question was the last. */
async function answerShown(section: Locator, quiz: Quiz): Promise<boolean> {
  const id = required(
    await section.locator('[data-question]').getAttribute('data-question'),
    'the question on screen',
  );
  await answerCorrectly(section, questionOf(quiz, id));
  await section.getByRole('button', { name: 'Check answer' }).click();
  const onward = section.getByRole('button', { name: /^(Next question|See your results)$/ });
  await onward.waitFor();
  return (await onward.textContent()) === 'See your results';
}

/** Moves on from a question's feedback: to the next question, or to the results. */
async function goOn(section: Locator): Promise<void> {
  await section.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
}

/** A second tab of the same browser (same storage, storage events between them). */
async function secondTab(site: SitePage, path: string): Promise<Page> {
  const page = await site.context.newPage();
  const guard = await guardPage(page, site.origin);
  await page.goto(new URL(path, site.origin).href, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  await waitForQuizzes(page);
  // Checked when the test ends, as the first tab is.
  onTestFinished(() => {
    expect(guard.problems(), 'the second tab must log no error').toEqual([]);
  });
  return page;
}

describe('two tabs on one quiz', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps both attempts when each tab finishes the attempt they share, and the quiz stops reopening', async () => {
    const site = await openSitePage(browser);
    await site.visit(LESSON);
    const a = quizSection(site.page, meeting.id);
    await a.getByRole('button', { name: 'Start the quiz' }).click();
    await answerShown(a, meeting);
    const b = quizSection(await secondTab(site, LESSON), meeting.id);
    // Tab B resumed the same attempt, at the feedback of the first question.
    await b.locator('[data-question]').waitFor();

    // Tab A finishes the attempt.
    await goOn(a);
    for (let last = false; !last; ) {
      last = await answerShown(a, meeting);
      await goOn(a);
    }
    await a.locator('[data-results]').waitFor();
    await expect.poll(async () => (await stored(site.page)).attempts.length).toBe(1);

    // Tab B, on the same attempt, finishes it too.
    await b.locator('[data-question]').waitFor();
    for (;;) {
      const onward = b.getByRole('button', { name: /^(Next question|See your results)$/ });
      if ((await onward.count()) === 0) {
        await answerShown(b, meeting);
        continue;
      }
      const last = (await onward.textContent()) === 'See your results';
      await onward.click();
      if (last) break;
    }
    await b.locator('[data-results]').waitFor();

    await expect.poll(async () => (await stored(site.page)).attempts.length).toBe(2);
    const progress = await stored(site.page);
    const [first, second] = progress.attempts;
    expect(second?.attemptId).toBe(`${first?.attemptId}~2`);
    expect(progress.attempts.every((attempt) => attempt.quizId === meeting.id)).toBe(true);
    expect(progress.snapshots[meeting.id]).toBeUndefined();
    // A reload shows the quiz's introduction, not a question of the finished attempt.
    await site.visit(LESSON);
    await a.getByRole('button', { name: 'Start the quiz' }).waitFor();
    expect(await a.locator('[data-question]').count()).toBe(0);
  });

  it('loses neither tab’s answers when the same quiz is answered in one tab, then the other, each taking the other’s newer state', async () => {
    const site = await openSitePage(browser);
    await site.visit(LESSON);
    const a = quizSection(site.page, meeting.id);
    const b = quizSection(await secondTab(site, LESSON), meeting.id);
    const takeNewer = async (tab: typeof a) => {
      const offer = tab.locator('[data-newer-elsewhere="saved"]');
      await offer.getByRole('button', { name: 'Continue from the newer state' }).click();
    };

    await a.getByRole('button', { name: 'Start the quiz' }).click();
    await answerShown(a, meeting);
    await goOn(a);
    // Tab B says the quiz moved on, and takes tab A's save: it shows the attempt where A left it.
    await takeNewer(b);
    await b.locator('[data-question]').waitFor();
    const secondId = await a.locator('[data-question]').getAttribute('data-question');
    await expect
      .poll(() => b.locator('[data-question]').getAttribute('data-question'))
      .toBe(secondId);
    await answerShown(b, meeting);

    // Both answers are in the saved attempt, and tab A, taking B's save, shows B's answer too.
    await expect
      .poll(async () => {
        const context = (await stored(site.page)).snapshots[meeting.id]?.snapshot.context;
        return Object.values(context?.questions ?? {}).filter((work) => work.tries.length > 0)
          .length;
      })
      .toBe(2);
    await takeNewer(a);
    await expect
      .poll(() => a.getByRole('button', { name: /^(Next question|See your results)$/ }).count())
      .toBe(1);
  });
});

describe('two tabs answering one quiz in turn', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('holds the older tab’s save instead of overwriting the newer one, until the learner keeps it (the other set aside, backed up) or continues from the newer state', async () => {
    const site = await openSitePage(browser);
    await site.visit(LESSON);
    const a = quizSection(site.page, meeting.id);
    await a.getByRole('button', { name: 'Start the quiz' }).click();
    await answerShown(a, meeting);
    // Tab B resumes the same attempt at the first question's feedback.
    const bPage = await secondTab(site, LESSON);
    const b = quizSection(bPage, meeting.id);
    await b.locator('[data-question]').waitFor();

    // Tab A answers on: the stored state is now newer than the one B resumed.
    await goOn(a);
    await answerShown(a, meeting);
    await expect
      .poll(async () => {
        const context = (await stored(site.page)).snapshots[meeting.id]?.snapshot.context;
        return Object.values(context?.questions ?? {}).filter((work) => work.tries.length > 0)
          .length;
      })
      .toBe(2);
    const newer = required((await stored(site.page)).snapshots[meeting.id], 'A’s save');

    // Tab B ignores the notice and answers on: its save is held, and it says so.
    await goOn(b);
    await answerShown(b, meeting);
    const held = b.locator('[data-save-held="true"]');
    await expect
      .poll(() => held.textContent())
      .toContain('so this tab’s answers are not being saved');
    expect((await stored(site.page)).snapshots[meeting.id]).toEqual(newer);
    expect((await storageKeys(site.page)).filter((key) => key.includes('.backup.'))).toEqual([]);

    // B keeps its own answers: A's state is set aside in a backup, B's is saved.
    await held.getByRole('button', { name: 'Keep this tab’s answers' }).click();
    await expect.poll(() => b.locator('[data-save-held="false"]').count()).toBe(1);
    const kept = required((await stored(site.page)).snapshots[meeting.id], 'B’s save');
    expect(kept.savedAt > newer.savedAt).toBe(true);
    const backupKey = required(
      (await storageKeys(site.page)).find((key) => key.startsWith(`${PROGRESS_KEY}.backup.`)),
      'a backup of A’s state',
    );
    const backup = JSON.parse(
      required(
        await site.page.evaluate((key) => localStorage.getItem(key), backupKey),
        'the backup',
      ),
    );
    expect(backup).toEqual({ setAside: 'quiz-snapshot', quizId: meeting.id, ...newer });

    // Now A is the older tab: its notice offers B's state, and taking it shows where B is.
    const offer = a.locator('[data-newer-elsewhere="saved"]');
    await offer.getByRole('button', { name: 'Continue from the newer state' }).click();
    await expect.poll(() => a.locator('[data-newer-elsewhere=""]').count()).toBe(1);
    expect(await a.locator('[data-question]').getAttribute('data-question')).toBe(
      await b.locator('[data-question]').getAttribute('data-question'),
    );
  });
});

describe('hostile stored progress', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A real saved attempt at the meeting's quiz: the first question answered. */
  async function savedAttempt(site: SitePage): Promise<Stored> {
    await site.visit(LESSON);
    const section = quizSection(site.page, meeting.id);
    await section.getByRole('button', { name: 'Start the quiz' }).click();
    await answerShown(section, meeting);
    await expect.poll(async () => (await stored(site.page)).snapshots[meeting.id]).toBeDefined();
    return stored(site.page);
  }

  it('starts a quiz afresh, saying so, from a malformed saved attempt, and keeps the rest', async () => {
    const site = await openSitePage(browser);
    const progress = await savedAttempt(site);
    const snapshot = required(progress.snapshots[meeting.id], 'the saved attempt').snapshot;
    const [answered] = Object.keys(snapshot.context.questions);
    const broken = structuredClone(progress) as Stored;
    const work = required(
      broken.snapshots[meeting.id]?.snapshot.context.questions[required(answered, 'a question')],
      'its work',
    );
    work.score = { parts: 'all' };
    const lessons = { 'dprk-threat': { completedAt: '2025-03-01T10:00:00.000Z' } };
    await site.page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      JSON.stringify({ ...broken, lessons }),
    ] as const);

    await site.visit(LESSON);
    const section = quizSection(site.page, meeting.id);

    await expect
      .poll(() => section.locator('[data-restored="discarded"]').textContent())
      .toBe('Your saved attempt at this quiz could not be read, so a new attempt begins.');
    await section.getByRole('button', { name: 'Start the quiz' }).click();
    await section.locator('[data-question]').waitFor();
    expect((await stored(site.page)).lessons).toEqual(lessons);
  });

  it('shows the best score a version 1 document kept, at the quiz and on the progress page', async () => {
    const site = await openSitePage(browser);
    await site.visit('/progress');
    await site.page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        quizzes: { 'the-meeting': { bestScore: 0.8, completedAt: '2025-02-01T09:00:00.000Z' } },
      }),
    ] as const);

    await site.visit(LESSON);

    await expect
      .poll(() => quizSection(site.page, meeting.id).textContent())
      .toContain(
        'Your best score here on an earlier version of the course: 80%, on February 1, 2025.',
      );

    await site.visit('/progress');
    const earlier = site.page.locator('[data-earlier-best-quiz="the-meeting"]');
    await expect
      .poll(() => earlier.textContent())
      .toBe(`${meeting.title}: 80%, on February 1, 2025`);
    expect(await site.page.locator('[data-earlier-best] p').textContent()).toContain(
      'Your best scores on an earlier version of the course',
    );
  });

  it('sets aside progress nested 5,000 levels deep, with a notice, and every page still works', async () => {
    const site = await openSitePage(browser);
    await site.visit('/progress');
    const deep = `{"format":"tmm-course-progress","version":3,"attempts":[],"lessons":{},"cards":{},"reviewLogs":[],"snapshots":{"the-meeting":{"savedAt":"2025-03-01T10:00:00.000Z","snapshot":${'['.repeat(5000)}${']'.repeat(5000)}}}}`;
    await site.page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      deep,
    ] as const);

    await site.visit('/progress');
    const notice = site.page.locator('[role="status"] [data-progress-notice="recovered"]');
    await expect.poll(() => notice.textContent()).toContain('nested more than 64 levels deep');
    await site.page.locator('[data-progress-ready]').waitFor();
    const keys = await storageKeys(site.page);
    const backup = required(
      keys.find((key) => key.startsWith(`${PROGRESS_KEY}.backup.`)),
      'a backup',
    );
    expect(await site.page.evaluate((key) => localStorage.getItem(key), backup)).toBe(deep);

    await site.visit(LESSON);
    await quizSection(site.page, meeting.id)
      .getByRole('button', { name: 'Start the quiz' })
      .click();
    await quizSection(site.page, meeting.id).locator('[data-question]').waitFor();
  });

  it('leaves a newer version’s progress in place, written from another tab, and backs up nothing', async () => {
    const site = await openSitePage(browser);
    await savedAttempt(site);
    const other = await site.context.newPage();
    await other.goto(new URL('/progress', site.origin).href);
    const newer = (n: number) =>
      JSON.stringify({ format: 'tmm-course-progress', version: 99, streak: n });

    for (const n of [1, 2, 3]) {
      await other.evaluate(([key, value]) => localStorage.setItem(key, value), [
        PROGRESS_KEY,
        newer(n),
      ] as const);
      // This older tab keeps answering.
      const section = quizSection(site.page, meeting.id);
      if ((await section.getByRole('button', { name: 'Next question' }).count()) > 0)
        await goOn(section);
    }

    await expect
      .poll(() => site.page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))
      .toBe(newer(3));
    expect((await storageKeys(site.page)).filter((key) => key.includes('.backup.'))).toEqual([]);
    await expect
      .poll(() =>
        site.page.locator('[role="status"] [data-progress-notice="recovered"]').textContent(),
      )
      .toContain('saved by a newer version of the course');
    await other.close();
  });
});

describe('hostile imports and links', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Imports a file; what the page then says about it (a status, or an alert naming the file). */
  async function importFile(site: SitePage, name: string, text: string): Promise<string> {
    await site.page.getByLabel('Progress file (.json)').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const said = async () =>
      (
        await site.page
          .locator('[data-progress-file-status], [data-progress-file-error]')
          .allTextContents()
      ).join('');
    await expect.poll(said).toMatch(new RegExp(`${name.replace('.', '\\.')}|Imported`));
    return said();
  }

  it('says why a file nested 2,000 levels deep is not imported, and imports a lesson named constructor', async () => {
    const site = await openSitePage(browser);
    await site.visit('/progress');

    const deep = `{"format":"tmm-course-progress","version":3,"attempts":${'['.repeat(2000)}${']'.repeat(2000)}}`;
    expect(await importFile(site, 'deep.json', deep)).toMatch(
      /^“deep\.json” was not imported\. This progress file is damaged at attempts(\[0\])+: nested more than 64 levels deep\. Nothing was imported\.$/,
    );

    const builtInName = JSON.stringify({
      format: 'tmm-course-progress',
      version: 3,
      attempts: [],
      lessons: { constructor: { completedAt: '2025-03-01T10:00:00.000Z' } },
      cards: {},
      reviewLogs: [],
      snapshots: {},
    });
    expect(await importFile(site, 'constructor.json', builtInName)).toMatch(
      /^Imported: 0 attempts, 1 completed lesson and 0 new review schedules added\./,
    );
    expect(Object.keys((await stored(site.page)).lessons)).toEqual(['constructor']);
  });

  it('shows the reader for a hash that is not valid percent-encoding', async () => {
    for (const hash of ['#%', '#%E0%A4%A']) {
      const site = await openSitePage(browser);
      await site.visit(`/statement${hash}`);
      await expect
        .poll(() => site.page.locator('main').textContent())
        .toContain('Trilateral Ministerial Meeting');
      expect(await site.page.locator('[data-paragraph], p').count()).toBeGreaterThan(8);
    }
  });
});

/** The text that the injected faults below trip on. */
const FAULT = 'FAULT-INJECTED';
/** A day no learner's record holds, which the injected date fault trips on. */
const FAULT_DAY = '2001-02-03T04:05:06.000Z';

/**
 * Faults injected into the page before any of its scripts run, standing for a stored record
 * that passes every check yet breaks the component that renders it: setting an input's value to
 * text holding `FAULT` throws, and so does formatting the date `FAULT_DAY`. Nothing of this is
 * in the site.
 */
function injectRenderFaults({ fault, day }: { fault: string; day: string }): void {
  const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  Object.defineProperty(HTMLInputElement.prototype, 'value', {
    ...value,
    set(this: HTMLInputElement, text: string) {
      if (String(text).includes(fault)) throw new Error(`injected fault: input value ${text}`);
      value?.set?.call(this, text);
    },
  });
  // `format` is a getter that gives a function bound to its formatter.
  const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format');
  const trips = (date?: Date | number) =>
    date !== undefined && new Date(date).getTime() === Date.parse(day);
  Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
    ...format,
    get(this: Intl.DateTimeFormat) {
      const bound = format?.get?.call(this) as (date?: Date | number) => string;
      return (date?: Date | number) => {
        if (trips(date)) throw new Error(`injected fault: date ${day}`);
        return bound(date);
      };
    },
  });
}

describe('a quiz or the progress report that fails to render', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the quiz’s fallback on every load until the attempt is set aside (backed up); the lesson around it is still shown', async () => {
    const site = await openSitePage(browser, { expectedErrors: /injected fault/ });
    await site.page.addInitScript(injectRenderFaults, { fault: FAULT, day: FAULT_DAY });
    // A saved attempt at the fill-in-the-blank question, its blank holding the fault's text:
    // a valid record, as the engine writes it.
    const blanks = required(
      meeting.questions.find((question) => question.type === 'fill-in-the-blank'),
      'a fill-in-the-blank question',
    );
    if (blanks.type !== 'fill-in-the-blank') throw new Error('not a fill-in-the-blank question');
    const actor = createActor(createQuizMachine(meeting), { input: { seed: 7 } }).start();
    actor.send({ type: 'quiz.start' });
    actor.send({
      type: 'question.go',
      index: actor.getSnapshot().context.order.indexOf(blanks.id),
    });
    actor.send({
      type: 'answer.change',
      answer: { blanks: { [required(blanks.blanks[0], 'a blank').id]: `${FAULT} text` } },
    });
    const snapshot = {
      savedAt: '2025-03-01T10:00:00.000Z',
      snapshot: actor.getPersistedSnapshot(),
    };
    const lessons = { 'dprk-threat': { completedAt: '2025-03-01T10:00:00.000Z' } };
    await site.visit('/progress');
    await site.page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      JSON.stringify({
        format: 'tmm-course-progress',
        version: 3,
        attempts: [],
        lessons,
        cards: {},
        reviewLogs: [],
        snapshots: { [meeting.id]: JSON.parse(JSON.stringify(snapshot)) },
      }),
    ] as const);

    for (let load = 0; load < 2; load++) {
      await site.visit(LESSON);
      const fault = quizSection(site.page, meeting.id).locator('[data-record-fault]');
      await expect.poll(() => fault.textContent()).toContain('This quiz could not be shown');
      expect(await fault.textContent()).toContain('The rest of your progress is untouched.');
    }
    // The lesson around the quiz is still shown.
    expect(await site.page.locator('article h1').count()).toBeGreaterThan(0);
    expect(site.guard.report().errors.some((error) => error.includes('injected fault'))).toBe(true);

    const section = quizSection(site.page, meeting.id);
    await section
      .getByRole('button', { name: 'Set this attempt aside and start the quiz again' })
      .click();
    await section.getByRole('button', { name: 'Start the quiz' }).waitFor();
    const progress = await stored(site.page);
    expect(progress.snapshots[meeting.id]).toBeUndefined();
    expect(progress.lessons).toEqual(lessons);
    const backupKey = required(
      (await storageKeys(site.page)).find((key) => key.startsWith(`${PROGRESS_KEY}.backup.`)),
      'a backup of the attempt',
    );
    const backup = JSON.parse(
      required(
        await site.page.evaluate((key) => localStorage.getItem(key), backupKey),
        'the backup',
      ),
    );
    expect(backup).toMatchObject({ setAside: 'quiz-snapshot', quizId: meeting.id });
    expect(backup.snapshot).toEqual(JSON.parse(JSON.stringify(snapshot.snapshot)));
    // And the quiz starts afresh, as it should.
    await section.getByRole('button', { name: 'Start the quiz' }).click();
    await section.locator('[data-question]').waitFor();
  });

  it('shows the progress report’s fallback while the export below it still works, and loses nothing', async () => {
    const site = await openSitePage(browser, { expectedErrors: /injected fault/ });
    await site.page.addInitScript(injectRenderFaults, { fault: FAULT, day: FAULT_DAY });
    await site.visit('/progress');
    const progress = {
      format: 'tmm-course-progress',
      version: 3,
      attempts: [],
      lessons: { 'the-meeting': { completedAt: FAULT_DAY } },
      cards: {},
      reviewLogs: [],
      snapshots: {},
    };
    await site.page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      JSON.stringify(progress),
    ] as const);

    await site.visit('/progress');
    const fault = site.page.locator('[data-progress-ready] [data-record-fault]');
    await expect
      .poll(() => fault.textContent())
      .toContain('Your progress report could not be shown');
    expect(site.guard.report().errors.some((error) => error.includes('injected fault'))).toBe(true);
    // Export, import and reset are below the report, outside its boundary: the export works.
    const keep = site.page.locator('section[aria-labelledby="keep-your-progress"]');
    const download = site.page.waitForEvent('download');
    await keep
      .getByRole('button', { name: /download/i })
      .first()
      .click();
    const file = await download;
    const exported = JSON.parse(
      await new Promise<string>((resolve, reject) => {
        file
          .createReadStream()
          .then((stream) => {
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
            stream.on('error', reject);
          })
          .catch(reject);
      }),
    );
    expect(exported.lessons).toEqual(progress.lessons);
    // Nothing was lost: the stored progress is as it was.
    expect((await stored(site.page)).lessons).toEqual(progress.lessons);
  });
});
