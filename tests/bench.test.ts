import { describe, expect, it } from 'vitest';
import { columns } from './bench/bench-report';
import { medianFigures, readLighthouseReport } from './bench/lighthouse-audit';
import { median } from './bench/median';
import { buildSteps } from './bench/site-builds';
import { withFutureV4 } from './bench/template-site';

// The pure parts of `npm run bench` (tests/bench/run.ts); the bench itself builds and measures.

/** A Lighthouse report cut down to what the bench reads. */
function report(scores: { performance: number | null; accessibility: number }) {
  return {
    environment: { benchmarkIndex: 812 },
    categories: {
      performance: { score: scores.performance, auditRefs: [] },
      accessibility: {
        score: scores.accessibility,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'html-has-lang', weight: 7 },
          { id: 'tabindex', weight: 0 },
        ],
      },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 0.92, auditRefs: [{ id: 'canonical', weight: 1 }] },
    },
    audits: {
      'largest-contentful-paint': { numericValue: 2450.5 },
      'total-blocking-time': { numericValue: 30 },
      'color-contrast': { score: scores.accessibility < 1 ? 0 : 1 },
      'html-has-lang': { score: 1 },
      tabindex: { score: 0 },
      canonical: { score: 0 },
    },
  };
}

describe('median', () => {
  it('takes the middle of an odd count and the mean of the middle two of an even one', () => {
    expect(median([31, 12, 25])).toBe(25);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list rather than invent a figure', () => {
    expect(() => median([])).toThrow('no values');
  });
});

describe('the Lighthouse report reader', () => {
  it('reads the four scores out of 100, LCP, TBT and the audits that cost points', () => {
    expect(readLighthouseReport(report({ performance: 0.97, accessibility: 0.93 }))).toEqual({
      performance: 97,
      accessibility: 93,
      bestPractices: 100,
      seo: 92,
      lcpMs: 2450.5,
      tbtMs: 30,
      benchmarkIndex: 812,
      failedAudits: ['accessibility: color-contrast', 'seo: canonical'],
    });
  });

  it('fails on a category Lighthouse could not score instead of counting it as zero', () => {
    expect(() => readLighthouseReport(report({ performance: null, accessibility: 1 }))).toThrow(
      'performance score is null',
    );
  });

  it('takes the median of each figure over runs', () => {
    const runs = [0.9, 0.98, 0.95].map((performance) =>
      readLighthouseReport(report({ performance, accessibility: 1 })),
    );

    expect(medianFigures(runs).performance).toBe(95);
    expect(medianFigures(runs).failedAudits).toEqual(['seo: canonical']);
  });
});

describe('the build steps', () => {
  it('reads the top-level steps of the Docusaurus performance log, in milliseconds', () => {
    const output = [
      '[PERF] Get locales to build - 354.44 ms - (Heap 54mb -> 50mb / Total 84mb)',
      '[PERF] Build > en > Load site > Load context - 254.18 ms - (Heap 50mb -> 56mb / Total 85mb)',
      '[PERF] Build > en > Load site - 1.39 seconds! - (Heap 50mb -> 67mb / Total 97mb)',
      '[PERF] Build > en > Bundling with rspack - 8.60 seconds! - (Heap 72mb -> 121mb / Total 177mb)',
      '[PERF] Build > en > postBuild() - 143.45 ms - (Heap 142mb -> 148mb / Total 184mb)',
      '[SUCCESS] Generated static files in "build".',
      '[PERF] Build > en - 11.72 seconds! - (Heap 50mb -> 148mb / Total 184mb)',
    ].join('\n');

    expect(buildSteps(output)).toEqual({
      'Load site': 1390,
      'Bundling with rspack': 8600,
      'postBuild()': 143.45,
    });
  });
});

describe('the template config', () => {
  it('keeps a config that already sets future.v4', () => {
    const config = 'const config: Config = {\n  future: {\n    v4: true, // comment\n  },\n};';

    expect(withFutureV4(config)).toBe(config);
  });

  it('adds future.v4 to a config without it', () => {
    const config = "const config: Config = {\n  title: 'My Site',\n};";

    expect(withFutureV4(config)).toBe(
      "const config: Config = {\n  future: { v4: true },\n  title: 'My Site',\n};",
    );
  });
});

describe('the bench table', () => {
  it('left-aligns the first column and right-aligns the figures', () => {
    expect(
      columns([
        ['', 'median'],
        ['course site', '61.2 s'],
        ['template', '9.8 s'],
      ]),
    ).toEqual(['             median', 'course site  61.2 s', 'template      9.8 s']);
  });
});
