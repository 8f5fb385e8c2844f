import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonId, writeScaleCourse } from './bench/scale-course';
import { type CourseSiteCopy, coldBuild, copyCourseSite } from './bench/site-builds';
import { launchBrowser } from './browser/support/browser';
import { buildDir, builtPages } from './browser/support/site-build';
import { type StaticServer, startStaticServer } from './browser/support/static-server';
import { measurePageWeight, type PageWeight } from './budgets/page-weight';

// A lesson page must not grow with the number of lessons in the course: a lesson of a generated
// 200-lesson course (bench/scale-course.ts, as `npm run bench:scale` makes it) fetches no more
// JavaScript than the heaviest lesson of the real course plus a small constant. It reads bytes
// from two production builds, never time. The generated course is built here, in a temporary
// copy of the site; the real one is the build the other budgets read.

/** Lessons and questions per lesson of the generated course. */
const generated = { lessons: 200, questions: 10 } as const;
/**
 * What a lesson of the 200-lesson course may fetch beyond the real course's heaviest lesson,
 * gzip. Measured at 17.3 KB: Docusaurus's own bookkeeping of every page, which every page loads
 * (the route table in `main`, +10.9 KB, the chunk map in `runtime~main`, +4.5 KB, and the
 * sidebar listing every lesson, +3.5 KB), about 90 bytes per lesson; the course's own code and
 * the lesson's quiz do not grow. Anything that grew with the course's quizzes (every quiz on
 * every page would add more than a megabyte) is far beyond it.
 */
const growthAllowance = 24 * 1024;

try {
  await access(join(buildDir, 'index.html'));
} catch {
  throw new Error(
    `The scale budget compares with the production build at ${buildDir}, and it is missing. Run ` +
      '`npm run build` at the repository root first; `npx turbo run test` builds it for you.',
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The real course's lessons with a quiz (the quiz player's section carries data-quiz). */
async function realLessonsWithQuiz(): Promise<string[]> {
  const lessons: string[] = [];
  for (const { path, file } of await builtPages())
    if (
      path.startsWith('/lessons/') &&
      /<section\b[^>]*\sdata-quiz=/.test(await readFile(join(buildDir, file), 'utf8'))
    )
      lessons.push(path);
  return lessons;
}

// One cold build of a 200-lesson course: minutes on two busy cores, never a measured time.
describe(`a lesson of a generated ${generated.lessons}-lesson course`, { timeout: 900_000 }, () => {
  let copy: CourseSiteCopy | undefined;
  const servers: StaticServer[] = [];
  let browser: Browser;
  let real: PageWeight[];
  let large: PageWeight;

  beforeAll(async () => {
    copy = await copyCourseSite();
    await writeScaleCourse(copy.siteDir, generated);
    await coldBuild(copy.siteDir);
    const realServer = await startStaticServer(buildDir);
    servers.push(realServer);
    const largeServer = await startStaticServer(join(copy.siteDir, 'build'));
    servers.push(largeServer);
    browser = await launchBrowser();
    real = [];
    for (const path of await realLessonsWithQuiz())
      real.push(await measurePageWeight(browser, realServer.url, path));
    large = await measurePageWeight(browser, largeServer.url, `/lessons/${lessonId(1)}`);
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    await copy?.remove();
  });

  it(`fetches at most ${kb(growthAllowance)} more JavaScript than the real course's heaviest lesson`, () => {
    const heaviest = real.reduce((a, b) => (b.js.gzipBytes > a.js.gzipBytes ? b : a));
    const extra = large.js.gzipBytes - heaviest.js.gzipBytes;

    console.info(
      `${large.path} of ${generated.lessons} lessons × ${generated.questions} questions: ` +
        `${kb(large.js.gzipBytes)} JS (${large.js.requests} files) against ${kb(heaviest.js.gzipBytes)} ` +
        `on ${heaviest.path} of the real course (${heaviest.js.requests}): ${extra >= 0 ? '+' : '−'}${kb(Math.abs(extra))} of ${kb(growthAllowance)}`,
    );
    expect(real.map((weight) => weight.path)).toContain('/lessons/the-meeting');
    expect([...real, large].flatMap((weight) => weight.problems)).toEqual([]);
    expect(extra).toBeLessThanOrEqual(growthAllowance);
  });
});
