// npm run bench:scale: how the course's costs grow with its size. Courses of 8, 50 and 200
// lessons with 10, 25 and 50 questions each are generated (bench/scale-course.ts) in temporary
// copies of the site, checked with `check:quizzes`, built cold and weighed in Chromium.
// Options: --lessons=8,50,200 --questions=10,25,50 --check-runs=5 --build-runs=1, and --quick
// (8 and 200 lessons of 10 questions, 3 check runs).
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../browser/support/browser';
import { builtPages } from '../browser/support/site-build';
import { startStaticServer } from '../browser/support/static-server';
import { measurePageWeight, type PageWeight } from '../budgets/page-weight';
import { thisMachine } from './bench-report';
import { median } from './median';
import { repositoryRoot } from './repository';
import { runCommand } from './run-command';
import { lessonId, writeScaleCourse } from './scale-course';
import { formatScaleTable, type ScaleResults, type ScaleRow } from './scale-report';
import { type BuildTiming, childrenCpuMs, coldBuild, copyCourseSite } from './site-builds';

const { values: options } = parseArgs({
  options: {
    lessons: { type: 'string' },
    questions: { type: 'string' },
    'check-runs': { type: 'string' },
    'build-runs': { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
  },
});

function wholeNumbers(name: string, value: string): number[] {
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.some((number) => !Number.isInteger(number) || number < 1))
    throw new Error(`--${name} takes positive whole numbers separated by commas, not '${value}'`);
  return numbers;
}

const lessonCounts = wholeNumbers(
  'lessons',
  options.lessons ?? (options.quick ? '8,200' : '8,50,200'),
);
const questionCounts = wholeNumbers(
  'questions',
  options.questions ?? (options.quick ? '10' : '10,25,50'),
);
const [checkRuns = 5] = wholeNumbers(
  'check-runs',
  options['check-runs'] ?? (options.quick ? '3' : '5'),
);
const [buildRuns = 1] = wholeNumbers('build-runs', options['build-runs']);

const log = (line: string) => process.stderr.write(`bench:scale: ${line}\n`);
const tsx = join(repositoryRoot, 'node_modules', '.bin', 'tsx');

/** One `check:quizzes` run: wall time and, where the system tells, CPU time. */
interface CheckTiming {
  readonly wallMs: number;
  readonly cpuMs: number | undefined;
}

/** Times one `check:quizzes` run in the copy; a run that reports an error fails the bench. */
async function timeCheck(siteDir: string, args: readonly string[] = []): Promise<CheckTiming> {
  const cpuBefore = await childrenCpuMs();
  const started = performance.now();
  await runCommand(tsx, [join(siteDir, 'plugins', 'quizzes', 'cli.ts'), ...args], {
    cwd: siteDir,
  });
  const wallMs = performance.now() - started;
  const cpuAfter = await childrenCpuMs();
  return {
    wallMs,
    cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
  };
}

/** The median of the CPU times, when every run has one. */
function medianCpu(timings: readonly CheckTiming[]): number | undefined {
  const cpu = timings.flatMap((timing) => (timing.cpuMs === undefined ? [] : [timing.cpuMs]));
  return cpu.length === timings.length && cpu.length > 0 ? median(cpu) : undefined;
}

const isLesson = (path: string) => /^\/lessons\/lesson-\d+$/.test(path);

/**
 * Weighs the first lesson, and for the largest page every page of the build but the generated
 * lessons (which are alike) plus the first, middle and last lesson.
 */
async function weigh(
  browser: Browser,
  buildDir: string,
  lessons: number,
): Promise<Pick<ScaleRow, 'lessonPage' | 'largestPage' | 'pagesWeighed' | 'problems'>> {
  const server = await startStaticServer(buildDir);
  try {
    const sample = new Set(
      [1, Math.ceil(lessons / 2), lessons].map((n) => `/lessons/${lessonId(n)}`),
    );
    const paths = (await builtPages(buildDir))
      .map((page) => page.path)
      .filter((path) => path !== '/404' && (!isLesson(path) || sample.has(path)));
    const weights: PageWeight[] = [];
    for (const path of paths) weights.push(await measurePageWeight(browser, server.url, path));
    const lesson = weights.find((weight) => weight.path === `/lessons/${lessonId(1)}`);
    if (lesson === undefined) throw new Error(`The build has no page /lessons/${lessonId(1)}`);
    const largest = weights.reduce((heaviest, weight) =>
      weight.all.gzipBytes > heaviest.all.gzipBytes ? weight : heaviest,
    );
    const pick = ({ path, js, all }: PageWeight) => ({ path, js, all });
    return {
      lessonPage: pick(lesson),
      largestPage: pick(largest),
      pagesWeighed: weights.length,
      problems: weights.flatMap((weight) => weight.problems.map((p) => `${weight.path}: ${p}`)),
    };
  } finally {
    await server.close();
  }
}

const started = performance.now();
const startLoad = loadavg()[0] ?? 0;
const rows: ScaleRow[] = [];
let checkStartupMs = 0;
let checkStartupCpuMs: number | undefined;
const browser = await launchBrowser();
try {
  for (const questionsPerLesson of questionCounts)
    for (const lessons of lessonCounts) {
      const label = `${lessons} lessons × ${questionsPerLesson} questions`;
      const copy = await copyCourseSite();
      try {
        await writeScaleCourse(copy.siteDir, { lessons, questions: questionsPerLesson });
        if (rows.length === 0) {
          const startup: CheckTiming[] = [];
          for (let run = 0; run < checkRuns; run += 1)
            startup.push(await timeCheck(copy.siteDir, ['--help']));
          checkStartupMs = median(startup.map((timing) => timing.wallMs));
          checkStartupCpuMs = medianCpu(startup);
          log(`check:quizzes startup: ${Math.round(checkStartupMs)} ms`);
        }
        const checks: CheckTiming[] = [];
        for (let run = 1; run <= checkRuns; run += 1) {
          checks.push(await timeCheck(copy.siteDir));
          log(`${label}: check ${run}/${checkRuns} ${Math.round(checks.at(-1)?.wallMs ?? 0)} ms`);
        }
        const checkRunsMs = checks.map((timing) => timing.wallMs);
        const builds: BuildTiming[] = [];
        for (let run = 1; run <= buildRuns; run += 1) {
          builds.push(await coldBuild(copy.siteDir));
          log(
            `${label}: cold build ${run}/${buildRuns} ${Math.round(builds.at(-1)?.wallMs ?? 0)} ms`,
          );
        }
        const cpu = builds.flatMap((build) => (build.cpuMs === undefined ? [] : [build.cpuMs]));
        log(`${label}: weighing pages`);
        const weights = await weigh(browser, join(copy.siteDir, 'build'), lessons);
        rows.push({
          lessons,
          questionsPerLesson,
          questions: lessons * questionsPerLesson,
          checkRunsMs,
          checkMedianMs: median(checkRunsMs),
          checkCpuMedianMs: medianCpu(checks),
          buildRunsMs: builds.map((build) => build.wallMs),
          buildMedianMs: median(builds.map((build) => build.wallMs)),
          buildCpuMedianMs: cpu.length === builds.length ? median(cpu) : undefined,
          ...weights,
        });
        log(
          `${label}: lesson ${Math.round(weights.lessonPage.js.gzipBytes / 102.4) / 10} KB JS, largest ${weights.largestPage.path}`,
        );
      } finally {
        await copy.remove();
      }
    }
} finally {
  await browser.close();
}

const results: ScaleResults = {
  date: new Date().toISOString(),
  machine: thisMachine(startLoad),
  checkStartupMs,
  checkStartupCpuMs,
  checkRuns,
  buildRuns,
  rows,
  durationMs: performance.now() - started,
};
const resultsDir = join(repositoryRoot, 'bench-results');
await mkdir(resultsDir, { recursive: true });
const jsonPath = join(resultsDir, 'scale.json');
await writeFile(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${formatScaleTable(results)}\n\nWritten to ${jsonPath}\n`);
