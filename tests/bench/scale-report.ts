import type { ByteCount } from '../budgets/page-weight';
import { columns, describeMachine, type Machine } from './bench-report';

/** What `npm run bench:scale` measured for one generated course. */
export interface ScaleRow {
  readonly lessons: number;
  /** Questions in each lesson's quiz. */
  readonly questionsPerLesson: number;
  /** Course questions the checker counted (the guide's examples aside). */
  readonly questions: number;
  /** Wall time of `npm run check:quizzes` on the whole course, each run, milliseconds. */
  readonly checkRunsMs: readonly number[];
  readonly checkMedianMs: number;
  /** CPU time of the check (user + system, with its child processes), median, where told. */
  readonly checkCpuMedianMs?: number | undefined;
  /** Cold `docusaurus build`, each run and median, wall and CPU (where the system tells). */
  readonly buildRunsMs: readonly number[];
  readonly buildMedianMs: number;
  readonly buildCpuMedianMs: number | undefined;
  /** The first lesson with its quiz. */
  readonly lessonPage: { readonly path: string; readonly js: ByteCount; readonly all: ByteCount };
  /** The heaviest page weighed (every page but the lessons, and the first, middle and last). */
  readonly largestPage: { readonly path: string; readonly js: ByteCount; readonly all: ByteCount };
  /** Pages weighed for the largest, and anything the request guard saw while weighing. */
  readonly pagesWeighed: number;
  readonly problems: readonly string[];
}

/** Everything one run of the scale bench measured. */
export interface ScaleResults {
  readonly date: string;
  readonly machine: Machine;
  /** Wall time of `check:quizzes --help`: starting Node and loading the checker, median. */
  readonly checkStartupMs: number;
  readonly checkStartupCpuMs?: number | undefined;
  readonly checkRuns: number;
  readonly buildRuns: number;
  readonly rows: readonly ScaleRow[];
  /** Wall time of the whole bench run. */
  readonly durationMs: number;
}

/** How one figure grows from the smallest to the largest course with the same quiz size. */
export interface Growth {
  readonly questionsPerLesson: number;
  readonly fromLessons: number;
  readonly toLessons: number;
  /** How many times more lessons, and questions, the larger course has. */
  readonly lessons: number;
  readonly check: number;
  /** The check time above Node's start and the checker's loading. */
  readonly checkWork: number;
  /** The same in CPU time, steadier on a shared machine, where the system tells. */
  readonly checkCpuWork: number | undefined;
  readonly build: number;
  /** Build CPU time, where the system tells: steadier than wall time on a shared machine. */
  readonly buildCpu: number | undefined;
  readonly lessonJs: number;
  readonly lessonAll: number;
  readonly largestAll: number;
}

/**
 * The growth ratios from the course with the fewest lessons to the one with the most, for each
 * number of questions per lesson measured at both ends.
 */
export function growthRatios(
  results: Pick<ScaleResults, 'rows' | 'checkStartupMs' | 'checkStartupCpuMs'>,
): Growth[] {
  const sizes = [...new Set(results.rows.map((row) => row.questionsPerLesson))].sort(
    (a, b) => a - b,
  );
  return sizes.flatMap((questionsPerLesson) => {
    const rows = results.rows
      .filter((row) => row.questionsPerLesson === questionsPerLesson)
      .sort((a, b) => a.lessons - b.lessons);
    const small = rows[0];
    const large = rows.at(-1);
    if (small === undefined || large === undefined || small === large) return [];
    const work = (row: ScaleRow) => Math.max(row.checkMedianMs - results.checkStartupMs, 1);
    const startupCpu = results.checkStartupCpuMs;
    const cpuWork = (row: ScaleRow) =>
      row.checkCpuMedianMs === undefined || startupCpu === undefined
        ? undefined
        : Math.max(row.checkCpuMedianMs - startupCpu, 1);
    const smallCpu = cpuWork(small);
    const largeCpu = cpuWork(large);
    return [
      {
        questionsPerLesson,
        fromLessons: small.lessons,
        toLessons: large.lessons,
        lessons: large.lessons / small.lessons,
        check: large.checkMedianMs / small.checkMedianMs,
        checkWork: work(large) / work(small),
        checkCpuWork:
          smallCpu === undefined || largeCpu === undefined ? undefined : largeCpu / smallCpu,
        build: large.buildMedianMs / small.buildMedianMs,
        buildCpu:
          large.buildCpuMedianMs === undefined || small.buildCpuMedianMs === undefined
            ? undefined
            : large.buildCpuMedianMs / small.buildCpuMedianMs,
        lessonJs: large.lessonPage.js.gzipBytes / small.lessonPage.js.gzipBytes,
        lessonAll: large.lessonPage.all.gzipBytes / small.lessonPage.all.gzipBytes,
        largestAll: large.largestPage.all.gzipBytes / small.largestPage.all.gzipBytes,
      },
    ];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const times = (ratio: number) => `${ratio.toFixed(2)}x`;

/** The scale bench's table: one row per course, then the growth ratios. */
export function formatScaleTable(results: ScaleResults): string {
  const lines = [
    `Scale bench ${results.date}: ${describeMachine(results.machine)}; ` +
      `check: median of ${results.checkRuns}, build: median of ${results.buildRuns}; ran ${seconds(results.durationMs)}`,
    `check:quizzes startup (--help: Node, tsx and the checker's modules): ${seconds(results.checkStartupMs)} wall` +
      (results.checkStartupCpuMs === undefined
        ? ''
        : `, ${seconds(results.checkStartupCpuMs)} CPU`),
    '',
    'Generated courses: check:quizzes wall time, cold build, page weight (gzip level 9, JS and all requests)',
    ...columns([
      [
        'lessons × questions',
        'questions',
        'check',
        'check − startup / 1k q.',
        'check CPU',
        'build (wall)',
        'build (CPU)',
        'lesson JS',
        'lesson all',
        'largest page',
        'largest all',
      ],
      ...results.rows.map((row) => [
        `${row.lessons} × ${row.questionsPerLesson}`,
        String(row.questions),
        seconds(row.checkMedianMs),
        `${Math.round((Math.max(row.checkMedianMs - results.checkStartupMs, 0) / row.questions) * 1000)} ms`,
        row.checkCpuMedianMs === undefined ? 'n/a' : seconds(row.checkCpuMedianMs),
        seconds(row.buildMedianMs),
        row.buildCpuMedianMs === undefined ? 'n/a' : seconds(row.buildCpuMedianMs),
        kb(row.lessonPage.js.gzipBytes),
        kb(row.lessonPage.all.gzipBytes),
        row.largestPage.path,
        kb(row.largestPage.all.gzipBytes),
      ]),
    ]),
    '',
  ];
  const growth = growthRatios(results);
  if (growth.length > 0)
    lines.push(
      'Growth from the fewest lessons to the most (same questions per lesson): ratios',
      ...columns([
        [
          'questions per lesson',
          'lessons',
          'check',
          'check − startup',
          'check CPU − startup',
          'build (wall)',
          'build (CPU)',
          'lesson JS',
          'lesson all',
          'largest all',
        ],
        ...growth.map((ratio) => [
          `${ratio.questionsPerLesson} (${ratio.fromLessons} → ${ratio.toLessons} lessons)`,
          times(ratio.lessons),
          times(ratio.check),
          times(ratio.checkWork),
          ratio.checkCpuWork === undefined ? 'n/a' : times(ratio.checkCpuWork),
          times(ratio.build),
          ratio.buildCpu === undefined ? 'n/a' : times(ratio.buildCpu),
          times(ratio.lessonJs),
          times(ratio.lessonAll),
          times(ratio.largestAll),
        ]),
      ]),
      '',
    );
  const problems = results.rows.flatMap((row) =>
    row.problems.map((problem) => `${row.lessons} × ${row.questionsPerLesson}: ${problem}`),
  );
  if (problems.length > 0) lines.push('Problems while weighing', ...problems.map((p) => `  ${p}`));
  return lines.join('\n').trimEnd();
}
