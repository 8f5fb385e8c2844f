// npm run bench:progress: the learner record after a year of daily study (bench/learner-year.ts,
// about 10,000 answers on the real course): its stored size, the time to read it, to work out
// the figures /progress shows, to record one more answer through the store, and to render
// /progress in Chromium from the production build. Options: --runs=<n> (default 7).
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import {
  compactedConfidence,
  compactedMastery,
} from '../../apps/course-site/src/progress/compaction';
import {
  confidenceByKeyPoint,
  type KeyPointConfidence,
} from '../../apps/course-site/src/progress/confidence';
import {
  type KeyPointMastery,
  masteryByKeyPoint,
} from '../../apps/course-site/src/progress/mastery';
import { parseProgressText } from '../../apps/course-site/src/progress/parse-document';
import { recordAttempt } from '../../apps/course-site/src/progress/record-attempt';
import { reviewForecast } from '../../apps/course-site/src/progress/schedule';
import {
  createProgressStore,
  PROGRESS_STORAGE_KEY,
} from '../../apps/course-site/src/progress/storage';
import { launchBrowser } from '../browser/support/browser';
import { buildDir } from '../browser/support/site-build';
import { startStaticServer } from '../browser/support/static-server';
import { courseQuizzes } from '../support/course-quizzes';
import { answerCount, memoryStorage, questionRefs, simulateYear, storedYear } from './learner-year';
import { median } from './median';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number.parseInt(options.runs, 10);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const medianOf = (count: number, run: (index: number) => number) =>
  median(Array.from({ length: count }, (_, index) => run(index)));

const quizzes = courseQuizzes().map((file) => file.quiz);
const live = questionRefs(quizzes);
const yearOptions = {
  quizzes,
  start: new Date('2026-01-05T08:00:00Z'),
  days: 365,
  answersPerDay: 20,
  seed: 'a year of daily reviews',
};
const year = simulateYear(yearOptions);
// The same year written through the site's store, which compacts as it writes.
const stored = storedYear(yearOptions);

/** What one record, stored as `raw`, costs to keep and to use, outside the browser. */
function measure(label: string, raw: string) {
  const read = parseProgressText(raw);
  if (!read.ok) throw new Error(`${label}: the site cannot read it (${read.message})`);
  const { document } = read;
  // An hour after the last attempt: the store writes without compacting anything further.
  const now = new Date(Date.parse(document.attempts.at(-1)?.finishedAt ?? '') + 3_600_000);
  const readTime = medianOf(runs, () => timed(() => parseProgressText(raw)));
  const figures = medianOf(runs, () =>
    timed(() => {
      compactedMastery(document, { live });
      compactedConfidence(document, { live });
      reviewForecast(document);
    }),
  );
  const record = medianOf(runs, (index) => {
    const store = createProgressStore({
      storage: memoryStorage({ [PROGRESS_STORAGE_KEY]: raw }),
      events: null,
      now: () => now,
    });
    const [first] = live;
    if (first === undefined) throw new Error('The course has no question');
    return timed(() =>
      store.update((current) =>
        recordAttempt(current, {
          kind: 'review',
          attemptId: `review-session:bench:${index}`,
          finishedAt: new Date(now.getTime() + index * 60_000).toISOString(),
          questions: [
            {
              quizId: first.quizId,
              questionId: first.questionId,
              ...(first.questionHash ? { questionHash: first.questionHash } : {}),
              keyPointIds: [...first.keyPointIds],
              ...(first.keyPointIds[0] === undefined
                ? {}
                : { mainKeyPointId: first.keyPointIds[0] }),
              earned: 1,
              total: 1,
              accuracy: 1,
              correct: true,
              confidence: 3,
              tries: 1,
              hints: 0,
            },
          ],
        }),
      ),
    );
  });
  return {
    label,
    raw,
    attempts: document.attempts.length,
    answers: answerCount(document),
    summarized: document.summary.totalAnswers,
    reviewLogs: document.reviewLogs.length,
    utf8Bytes: Buffer.byteLength(raw, 'utf8'),
    storedLength: raw.length,
    read: readTime,
    figures,
    record,
  };
}

/** Time from navigation to the rendered report of /progress, with the record in localStorage. */
async function renderProgress(browser: Browser, origin: string, raw: string | null) {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    try {
      if (raw !== null)
        await context.addInitScript(
          ([key, value]) => {
            if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
          },
          [PROGRESS_STORAGE_KEY, raw] as const,
        );
      const page = await context.newPage();
      await page.goto(new URL('/progress', origin).href, { waitUntil: 'load' });
      // The report first renders while the store is read; with a record it is done when every
      // key point has been started, as a year of study leaves them.
      await page.waitForFunction(
        (withRecord) => {
          const report = document.querySelector('[data-progress-ready]');
          if (report?.querySelector('table') == null) return false;
          return !withRecord || /\b0 not started/.test(report.textContent ?? '');
        },
        raw !== null,
        { timeout: 120_000, polling: 'raf' },
      );
      times.push(await page.evaluate(() => performance.now()));
      const stored = await page.evaluate(
        (key) => localStorage.getItem(key)?.length ?? 0,
        PROGRESS_STORAGE_KEY,
      );
      if (raw !== null && stored !== raw.length)
        throw new Error(
          `localStorage kept ${stored} of the record's ${raw.length} code units: over the browser's quota?`,
        );
    } finally {
      await context.close();
    }
  }
  return median(times);
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const compacted = stored.document;
// No figure a learner sees may change: the bench stops if one does.
const same = (a: readonly (KeyPointMastery | KeyPointConfidence)[], b: typeof a) =>
  JSON.stringify(a, (key, value) => (key === 'score' ? value?.toFixed(12) : value)) ===
  JSON.stringify(b, (key, value) => (key === 'score' ? value?.toFixed(12) : value));
if (
  !same(masteryByKeyPoint(year, { live }), compactedMastery(compacted, { live })) ||
  !same(confidenceByKeyPoint(year, { live }), compactedConfidence(compacted, { live }))
)
  throw new Error('Compaction changed a figure of /progress');
const rows = [
  measure('before: a year in full, never compacted', JSON.stringify(year)),
  measure('after: as the store wrote it (last 30 days in full, older ones summarized)', stored.raw),
];
let render: number[] = [];
try {
  await access(join(buildDir, 'progress.html'));
  const server = await startStaticServer(buildDir);
  const browser = await launchBrowser();
  try {
    render = [
      await renderProgress(browser, server.url, null),
      ...(await Promise.all(rows.map((row) => renderProgress(browser, server.url, row.raw)))),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
} catch (error) {
  process.stderr.write(
    `bench:progress: /progress not rendered (run npm run build first): ${String(error)}\n`,
  );
}

const lines = [
  `Learner record after 365 days of study on the real course (${live.length} questions), medians of ${runs}`,
  ...rows.map(
    (row) =>
      `${row.label}: ${row.attempts} attempts, ${row.answers} answers in full, ${row.summarized} summarized, ${row.reviewLogs} review logs; ` +
      `${kb(row.utf8Bytes)} stored (${row.storedLength} UTF-16 code units in localStorage); ` +
      `read and check ${ms(row.read)}; mastery, sure-and-wrong and schedule ${ms(row.figures)}; ` +
      `record one answer through the store ${ms(row.record)}`,
  ),
  ...(render.length > 0
    ? [
        `/progress rendered (navigation to the report's table, production build): no record ${ms(render[0] ?? 0)}` +
          rows.map((row, index) => `; ${row.label} ${ms(render[index + 1] ?? 0)}`).join(''),
      ]
    : []),
];
process.stdout.write(`${lines.join('\n')}\n`);
