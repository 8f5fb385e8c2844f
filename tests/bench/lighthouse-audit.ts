import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromiumFlags, chromiumPath } from '../browser/support/browser';
import { median } from './median';
import { cleanEnvironment, runCommand } from './run-command';

/** The four Lighthouse category scores (0 to 100) and two timings of one run. */
export interface LighthouseFigures {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** Largest Contentful Paint, milliseconds (simulated mobile throttling). */
  readonly lcpMs: number;
  /** Total Blocking Time, milliseconds. */
  readonly tbtMs: number;
  /**
   * Lighthouse's measure of the machine's CPU speed during the run (higher is faster); its
   * simulated throttling scales from it, so a busy machine shows here.
   */
  readonly benchmarkIndex: number;
  /** Audits that cost points outside performance, as `category: audit-id`. */
  readonly failedAudits: readonly string[];
}

/** Lighthouse starts its own Chromium: headless, with the flags the tests use. */
const chromeFlags = ['--headless=new', ...chromiumFlags];

const categories = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string, where: string): unknown {
  if (!isRecord(value) || !(key in value)) throw new Error(`Lighthouse report: no ${where}`);
  return value[key];
}

function numberAt(value: unknown, where: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new Error(`Lighthouse report: ${where} is ${JSON.stringify(value)}, not a number`);
  }
  return value;
}

/**
 * The figures of a Lighthouse JSON report (`lhr`). A category without a score (the run failed
 * to measure it) is an error rather than a zero, so that it never passes as a result.
 */
export function readLighthouseReport(report: unknown): LighthouseFigures {
  const runtimeError = isRecord(report) ? report.runtimeError : undefined;
  if (isRecord(runtimeError)) {
    throw new Error(
      `Lighthouse could not run: ${String(runtimeError.message ?? runtimeError.code)}`,
    );
  }
  const reportCategories = field(report, 'categories', 'categories');
  const audits = field(report, 'audits', 'audits');
  const score = (id: string) =>
    Math.round(
      numberAt(field(field(reportCategories, id, `category ${id}`), 'score', id), `${id} score`) *
        100,
    );
  const numericValue = (id: string) =>
    numberAt(field(field(audits, id, `audit ${id}`), 'numericValue', id), `${id} value`);
  const failedAudits = [categories.accessibility, categories.bestPractices, categories.seo].flatMap(
    (category) => {
      const refs = field(field(reportCategories, category, category), 'auditRefs', category);
      if (!Array.isArray(refs)) return [];
      return refs.flatMap((ref: unknown) => {
        const id = isRecord(ref) ? ref.id : undefined;
        const weight = isRecord(ref) ? ref.weight : undefined;
        if (typeof id !== 'string' || typeof weight !== 'number' || weight === 0) return [];
        const auditScore = isRecord(audits) && isRecord(audits[id]) ? audits[id].score : null;
        return typeof auditScore === 'number' && auditScore < 1 ? [`${category}: ${id}`] : [];
      });
    },
  );
  return {
    performance: score(categories.performance),
    accessibility: score(categories.accessibility),
    bestPractices: score(categories.bestPractices),
    seo: score(categories.seo),
    lcpMs: numericValue('largest-contentful-paint'),
    tbtMs: numericValue('total-blocking-time'),
    benchmarkIndex: numberAt(
      field(field(report, 'environment', 'environment'), 'benchmarkIndex', 'benchmarkIndex'),
      'benchmarkIndex',
    ),
    failedAudits,
  };
}

/** The median of each figure over several runs; failed audits seen in any run, once each. */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (pick: (figures: LighthouseFigures) => number) => median(runs.map(pick));
  return {
    performance: of((run) => run.performance),
    accessibility: of((run) => run.accessibility),
    bestPractices: of((run) => run.bestPractices),
    seo: of((run) => run.seo),
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    benchmarkIndex: of((run) => run.benchmarkIndex),
    failedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))].sort(),
  };
}

/** The installed Lighthouse's version and command line. */
export async function lighthouseCli(): Promise<{ version: string; cli: string }> {
  const requireHere = createRequire(import.meta.url);
  const manifestPath = requireHere.resolve('lighthouse/package.json');
  const manifest: unknown = JSON.parse(await readFile(manifestPath, 'utf8'));
  const version = field(manifest, 'version', 'lighthouse version');
  const bin = field(manifest, 'bin', 'lighthouse bin');
  const cli = isRecord(bin) ? bin.lighthouse : undefined;
  if (typeof version !== 'string' || typeof cli !== 'string') {
    throw new Error(`Unexpected lighthouse package.json at ${manifestPath}`);
  }
  return { version, cli: join(dirname(manifestPath), cli) };
}

/**
 * Runs Lighthouse once on `url` with its defaults (mobile form factor, simulated throttling) in
 * a fresh headless system Chromium, writes the JSON report to `reportPath` and reads it.
 */
export async function auditPage(
  cli: string,
  url: string,
  reportPath: string,
): Promise<LighthouseFigures> {
  await runCommand(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      `--output-path=${reportPath}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags.join(' ')}`,
      '--no-enable-error-reporting',
      '--quiet',
    ],
    // The Lighthouse CLI takes its browser from CHROME_PATH.
    { cwd: dirname(reportPath), env: cleanEnvironment({ CHROME_PATH: chromiumPath }) },
  );
  return readLighthouseReport(JSON.parse(await readFile(reportPath, 'utf8')));
}
