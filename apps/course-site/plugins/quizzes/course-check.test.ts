import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { formatError } from '@tmm/quiz-engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCourse } from './course-check';
import { courseLayout } from './course-layout';
import { readLessonPage } from './lesson-page';

let siteDir: string;

beforeEach(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'tmm-course-check-'));
  await mkdir(join(siteDir, 'docs'));
  await mkdir(join(siteDir, 'quizzes'));
});

afterEach(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe('checking the whole course', () => {
  it('reports a lesson the build cannot read, as the build does', async () => {
    await writeFile(
      join(siteDir, 'docs', '01-a.mdx'),
      '---\ntitle: A\nsidebar_position: 1\nkey_points: [ukraine]\n---\n\nText.\n',
    );

    const report = await checkCourse(courseLayout(siteDir), [], {
      readPage: readLessonPage,
      show: (path) => relative(siteDir, path),
    });

    expect(report.problems.filter((p) => p.severity === 'error').map(formatError)).toEqual([
      "docs/01-a.mdx:1:1: error: a lesson (a page whose front matter lists 'key_points') needs 'slug' in its front matter",
    ]);
    expect(report.summary.errors).toBe(1);
  });
});
