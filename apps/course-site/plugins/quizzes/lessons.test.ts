import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { keyPoints } from '@tmm/statement-content';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonsTeaching } from './contract';
import { courseLayout } from './course-layout';
import { lessonOf, readLessons } from './lessons';

const siteDir = join(import.meta.dirname, '..', '..');
const { lessons, problems } = await readLessons(courseLayout(siteDir));

describe('the course’s lessons, read from their front matter', () => {
  it('are the pages that list key points, in sidebar order, known by their slugs', () => {
    expect(problems).toEqual([]);
    expect(lessons.map((lesson) => [lesson.number, lesson.id, lesson.permalink])).toEqual([
      [1, 'the-meeting', '/lessons/the-meeting'],
      [2, 'dprk-threat', '/lessons/dprk-threat'],
      [3, 'missile-warning-data', '/lessons/missile-warning-data'],
      [4, 'information-sharing', '/lessons/information-sharing'],
      [5, 'exercises-and-cooperation', '/lessons/exercises-and-cooperation'],
      [6, 'rule-of-law', '/lessons/rule-of-law'],
      [7, 'alliance-commitments', '/lessons/alliance-commitments'],
      [8, 'self-assessment', '/lessons/self-assessment'],
    ]);
  });

  it('carry the title and key points their front matter gives', () => {
    expect(lessons[1] && lessonOf(lessons[1])).toEqual({
      id: 'dprk-threat',
      number: 2,
      title: 'The DPRK threat and denuclearization',
      permalink: '/lessons/dprk-threat',
      keyPointIds: ['denuclearization', 'condemn-space-launch'],
      teaches: true,
      quizIds: ['dprk-threat'],
    });
  });

  it('teach every key point, the self-assessment (an assessment) only testing them', () => {
    const untaught = keyPoints().filter((point) => lessonsTeaching(lessons, point.id).length === 0);
    const teachers = keyPoints().flatMap((point) => lessonsTeaching(lessons, point.id));

    expect(untaught).toEqual([]);
    expect(lessons.find((lesson) => lesson.id === 'self-assessment')?.teaches).toBe(false);
    expect(teachers.map((lesson) => lesson.id)).not.toContain('self-assessment');
    expect(lessonsTeaching(lessons, 'denuclearization').map((lesson) => lesson.number)).toEqual([
      1, 2,
    ]);
  });

  it.each(lessons.filter((lesson) => lesson.teaches).map((lesson) => [lesson.id, lesson] as const))(
    'list in the front matter of %s the key points the lesson summarises',
    (_, lesson) => {
      expect(lesson.keyPointIds).toEqual(lesson.page.idLists['KeyPointSummary.ids']);
    },
  );

  it('start with the site’s base URL when it has one', async () => {
    const read = await readLessons(courseLayout(siteDir), { baseUrl: '/course/' });

    expect(read.lessons[0]?.permalink).toBe('/course/lessons/the-meeting');
  });
});

describe('a lesson that cannot be read', () => {
  let dir: string | undefined;

  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function lessonsIn(files: Record<string, string>) {
    dir = await mkdtemp(join(tmpdir(), 'tmm-lessons-'));
    await mkdir(join(dir, 'docs'));
    for (const [name, text] of Object.entries(files))
      await writeFile(join(dir, 'docs', name), text);
    const root = dir;
    return readLessons(courseLayout(root), { show: (path) => relative(root, path) });
  }

  it('is a located problem when it lacks a slug or a place, and is left out', async () => {
    const read = await lessonsIn({
      '01-a.mdx': '---\ntitle: A\nkey_points: [ukraine]\n---\n\nText.\n',
    });

    expect(read.lessons).toEqual([]);
    expect(read.problems).toEqual([
      {
        severity: 'error',
        file: 'docs/01-a.mdx',
        line: 1,
        column: 1,
        path: '',
        message:
          "a lesson (a page whose front matter lists 'key_points') needs 'slug' and 'sidebar_position' in its front matter",
      },
    ]);
  });

  it('is a located problem when it is not valid MDX', async () => {
    const read = await lessonsIn({
      '01-a.mdx':
        '---\ntitle: A\nslug: /a\nsidebar_position: 1\nkey_points: [ukraine]\n---\n\n<Quiz id="x"\n',
    });

    expect(read.problems[0]).toMatchObject({
      file: 'docs/01-a.mdx',
      message: expect.stringMatching(/^the page cannot be read as MDX: /),
    });
  });

  it('is not a lesson when it lists no key points, as the course introduction', async () => {
    const read = await lessonsIn({ 'index.md': '---\ntitle: About\nslug: /\n---\n\nHello.\n' });

    expect(read).toEqual({ lessons: [], problems: [] });
  });
});
