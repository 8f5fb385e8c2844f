import { describe, expect, it } from 'vitest';
import { formatScaleTable, growthRatios, type ScaleResults, type ScaleRow } from './scale-report';

// The pure part of `npm run bench:scale` (bench/scale.ts): the ratios and the table.

const bytes = (gzipBytes: number) => ({ requests: 10, bytes: gzipBytes * 4, gzipBytes });

function row(lessons: number, questionsPerLesson: number, scale: number): ScaleRow {
  return {
    lessons,
    questionsPerLesson,
    questions: lessons * questionsPerLesson,
    checkRunsMs: [1000 + 10 * scale],
    checkMedianMs: 1000 + 10 * scale,
    checkCpuMedianMs: 800 + 20 * scale,
    buildRunsMs: [30_000 * scale],
    buildMedianMs: 30_000 * scale,
    buildCpuMedianMs: 20_000 * scale,
    lessonPage: { path: '/lessons/lesson-001', js: bytes(200_000), all: bytes(230_000) },
    largestPage: { path: '/progress', js: bytes(210_000), all: bytes(240_000 * scale) },
    pagesWeighed: 14,
    problems: [],
  };
}

const results: ScaleResults = {
  date: '2026-12-03T14:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'CPU', node: '20', loadAverage: { start: 1, end: 2 } },
  checkStartupMs: 1000,
  checkStartupCpuMs: 800,
  checkRuns: 5,
  buildRuns: 1,
  rows: [row(8, 10, 1), row(200, 10, 25), row(8, 25, 2), row(50, 25, 10), row(200, 25, 50)],
  durationMs: 60_000,
};

describe('the scale bench report', () => {
  it('gives the ratios from the fewest lessons to the most, per quiz size', () => {
    const [ten, twentyFive, ...rest] = growthRatios(results);

    expect(rest).toEqual([]);
    expect(ten).toMatchObject({
      questionsPerLesson: 10,
      fromLessons: 8,
      toLessons: 200,
      lessons: 25,
      build: 25,
      buildCpu: 25,
      lessonJs: 1,
      largestAll: 25,
    });
    // The check's own work, above Node's start: 250 ms against 10 ms.
    expect(ten?.check).toBeCloseTo(1250 / 1010);
    expect(ten?.checkWork).toBeCloseTo(25);
    expect(ten?.checkCpuWork).toBeCloseTo(25);
    expect(twentyFive).toMatchObject({ fromLessons: 8, toLessons: 200, build: 25 });
  });

  it('gives no ratio for a quiz size measured at one course size only', () => {
    expect(growthRatios({ ...results, rows: [row(8, 10, 1), row(8, 25, 1)] })).toEqual([]);
  });

  it('prints a row per course, then the ratios', () => {
    const table = formatScaleTable(results).split('\n');

    expect(table.find((line) => line.startsWith('200 × 10'))).toMatch(
      /^200 × 10 +2000 +1\.3 s +125 ms +1\.3 s +750\.0 s +500\.0 s +195\.3 KB +224\.6 KB +\/progress +5859\.4 KB$/,
    );
    expect(table.find((line) => line.startsWith('10 (8 → 200 lessons)'))).toMatch(
      /^10 \(8 → 200 lessons\) +25\.00x +1\.24x +25\.00x +25\.00x +25\.00x +25\.00x +1\.00x +1\.00x +25\.00x$/,
    );
  });
});
