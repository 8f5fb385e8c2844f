import { cpus, loadavg } from 'node:os';
import type { ByteCount, PageWeight } from '../budgets/page-weight';
import type { LighthouseFigures } from './lighthouse-audit';

/** Which build a measured page belongs to. */
export type Site = 'course' | 'template';

/** Wall times of the cold builds of one site. */
export interface BuildTimes {
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  /** CPU time (user + system) of each build with its child processes, where the system tells. */
  readonly cpuRunsMs: readonly number[];
  readonly cpuMedianMs: number | undefined;
  /** Median time of each step Docusaurus logs (`Load site`, `Bundling with rspack`, `SSG`…). */
  readonly stepsMs: Readonly<Record<string, number>>;
}

/** The weight of one page of one build. */
export interface WeighedPage {
  readonly site: Site;
  readonly label: string;
  readonly weight: PageWeight;
}

/** Lighthouse's figures for one page: every run and their medians. */
export interface AuditedPage {
  readonly site: Site;
  readonly label: string;
  readonly path: string;
  /** For a course page, the template page its performance is held against. */
  readonly comparedWith?: string;
  readonly runs: readonly LighthouseFigures[];
  readonly median: LighthouseFigures;
}

/** A target of the bench, and whether this run met it. */
export interface Target {
  readonly name: string;
  readonly met: boolean;
  readonly detail: string;
}

/** The machine a bench ran on. */
export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly node: string;
  /** One-minute load averages when the bench started and ended: the machine is shared. */
  readonly loadAverage: { readonly start: number; readonly end: number };
}

/** This machine, at the end of a bench that started at load average `startLoad`. */
export function thisMachine(startLoad: number): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.versions.node,
    loadAverage: { start: startLoad, end: loadavg()[0] ?? 0 },
  };
}

/** The machine in the words of a table's first line. */
export function describeMachine(machine: Machine): string {
  return (
    `${machine.cpus} CPU ${machine.cpuModel}, Node ${machine.node}, ` +
    `load average ${machine.loadAverage.start.toFixed(1)} at start, ${machine.loadAverage.end.toFixed(1)} at end`
  );
}

/** Everything one bench run measured; written as JSON and printed as a table. */
export interface BenchResults {
  readonly date: string;
  readonly machine: Machine;
  readonly docusaurusVersion: string;
  readonly lighthouseVersion: string;
  readonly runs: number;
  readonly build: {
    readonly course: BuildTimes;
    readonly template: BuildTimes;
    /** Course median over template median, wall time. */
    readonly ratio: number;
    /** The same for CPU time. */
    readonly cpuRatio: number | undefined;
  };
  readonly weights: readonly WeighedPage[];
  /** The lesson with its quiz minus the plain page, gzip bytes. */
  readonly quizCost: {
    readonly lesson: string;
    readonly plain: string;
    readonly js: number;
    readonly css: number;
    readonly all: number;
  };
  readonly lighthouse: readonly AuditedPage[];
  readonly targets: readonly Target[];
  readonly notes: readonly string[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const signedKb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const optionalSeconds = (value: number | undefined) =>
  value === undefined ? 'n/a' : seconds(value);
const times = (ratio: number) => `${ratio.toFixed(2)}x`;
const ms = (value: number) => `${Math.round(value)} ms`;

/** Lays out rows as columns: the first left-aligned, the rest right-aligned. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

function countCell(count: ByteCount): string {
  return `${kb(count.gzipBytes)} (${count.requests})`;
}

/** The bench's results as the table printed at the end of `npm run bench`. */
export function formatBenchTable(results: BenchResults): string {
  const { build } = results;
  const lines: string[] = [
    `Bench ${results.date}: ${describeMachine(results.machine)}; ` +
      `Docusaurus ${results.docusaurusVersion}, Lighthouse ${results.lighthouseVersion}; medians of ${results.runs}`,
    '',
    'Cold production build (docusaurus build after docusaurus clear)',
    ...columns([
      ['', 'wall, median', 'wall, runs', 'CPU, median', 'CPU, runs'],
      ...(['course', 'template'] as const).map((site) => [
        site === 'course' ? 'course site' : 'bare template',
        seconds(build[site].medianMs),
        build[site].runsMs.map(seconds).join(', '),
        optionalSeconds(build[site].cpuMedianMs),
        build[site].cpuRunsMs.map(seconds).join(', '),
      ]),
      [
        'ratio course / template',
        times(build.ratio),
        '',
        build.cpuRatio === undefined ? '' : times(build.cpuRatio),
        '',
      ],
    ]),
    'Steps as Docusaurus logs them (DOCUSAURUS_PERF_LOGGER), medians',
    ...columns([
      ['', 'course', 'template', 'ratio'],
      ...[
        ...new Set([...Object.keys(build.course.stepsMs), ...Object.keys(build.template.stepsMs)]),
      ].map((step) => {
        const ours = build.course.stepsMs[step];
        const theirs = build.template.stepsMs[step];
        return [
          `  ${step}`,
          ours === undefined ? '' : seconds(ours),
          theirs === undefined ? '' : seconds(theirs),
          ours === undefined || theirs === undefined || theirs === 0 ? '' : times(ours / theirs),
        ];
      }),
    ]),
    '',
  ];

  const reference = results.weights.find(
    (page) => page.site === 'template' && page.weight.path === '/docs/intro',
  );
  lines.push(
    'Page weight, gzip level 9 of each response body (requests); mobile viewport, after hydration',
    ...columns([
      ['', 'JS', 'CSS', 'all', 'JS / template', 'all / template', 'prefetched later'],
      ...results.weights.map((page) => [
        `${page.site} ${page.weight.path} (${page.label})`,
        countCell(page.weight.js),
        countCell(page.weight.css),
        countCell(page.weight.all),
        reference ? times(page.weight.js.gzipBytes / reference.weight.js.gzipBytes) : '',
        reference ? times(page.weight.all.gzipBytes / reference.weight.all.gzipBytes) : '',
        countCell(page.weight.prefetched),
      ]),
      [
        `quiz's own cost: ${results.quizCost.lesson} − ${results.quizCost.plain}`,
        signedKb(results.quizCost.js),
        signedKb(results.quizCost.css),
        signedKb(results.quizCost.all),
        '',
        '',
        '',
      ],
    ]),
    reference ? `(ratios to the template's ${reference.weight.path})` : '',
    '',
  );

  const templatePerformance = new Map(
    results.lighthouse
      .filter((page) => page.site === 'template')
      .map((page) => [page.path, page.median.performance]),
  );
  lines.push(
    `Lighthouse ${results.lighthouseVersion}, mobile defaults (simulated throttling), both sites served gzip-compressed, median of ${results.runs}`,
    ...columns([
      ['', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CPU index', 'perf / template'],
      ...results.lighthouse.map((page) => {
        const against =
          page.comparedWith === undefined ? undefined : templatePerformance.get(page.comparedWith);
        return [
          `${page.site} ${page.path} (${page.label})`,
          String(page.median.performance),
          String(page.median.accessibility),
          String(page.median.bestPractices),
          String(page.median.seo),
          ms(page.median.lcpMs),
          ms(page.median.tbtMs),
          String(Math.round(page.median.benchmarkIndex)),
          against === undefined
            ? ''
            : `${times(page.median.performance / against)} of ${page.comparedWith}`,
        ];
      }),
    ]),
  );
  const failed = results.lighthouse.filter((page) => page.median.failedAudits.length > 0);
  if (failed.length > 0) {
    lines.push('Audits that cost points (any run):');
    for (const page of failed)
      lines.push(`  ${page.site} ${page.path}: ${page.median.failedAudits.join(', ')}`);
  }
  lines.push('', 'Targets');
  for (const target of results.targets)
    lines.push(`  [${target.met ? 'met' : 'MISSED'}] ${target.name}: ${target.detail}`);
  if (results.notes.length > 0) {
    lines.push('', 'Notes');
    for (const note of results.notes) lines.push(`  ${note}`);
  }
  return lines.join('\n');
}
