import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PluginContentLoadedActions, RouteConfig } from '@docusaurus/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_PATH } from './contract';
import quizPlugin, { type QuizPluginContent } from './quiz-plugin';
import { shownPath } from './shown-path';

const good = `id: good
title: A good quiz
questions:
  - id: q1
    type: true-false
    prompt: The ministers met in Singapore.
    answer: true
    keyPoints: [free-open-indo-pacific]
    evidence:
      - paragraph: p1
        exact: convened a Trilateral Ministerial Meeting in Singapore
`;
const broken = good.replace('id: good', 'id: broken').replace('answer: true', 'answer: maybe');
const lesson = `---
title: The meeting
slug: /the-meeting
sidebar_position: 1
key_points: [free-open-indo-pacific]
---

<Quiz id="good" />
`;
const assessment = `---
title: Test yourself
slug: /test-yourself
sidebar_position: 2
assessment: true
key_points: [free-open-indo-pacific, ukraine]
---
`;

let siteDir: string;
let generated: string;

beforeEach(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'tmm-plugin-'));
  await mkdir(join(siteDir, 'quizzes', 'examples'), { recursive: true });
  await writeFile(join(siteDir, 'quizzes', 'good.quiz.yaml'), good);
  await mkdir(join(siteDir, 'docs'));
  await writeFile(
    join(siteDir, 'docs', 'index.md'),
    '---\ntitle: About\n---\n\nAn introduction.\n',
  );
  await writeFile(join(siteDir, 'docs', '01-the-meeting.mdx'), lesson);
  await writeFile(join(siteDir, 'docs', '02-test-yourself.mdx'), assessment);
  generated = join(siteDir, '.docusaurus', 'tmm-quizzes', 'default');
  await mkdir(generated, { recursive: true });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(siteDir, { recursive: true, force: true });
});

/** Runs the plugin's content lifecycle as Docusaurus does, recording what it creates. */
async function load(devServer: boolean) {
  const plugin = quizPlugin({ siteDir, baseUrl: '/' }, { devServer });
  const content = (await plugin.loadContent?.()) as QuizPluginContent;
  const data = new Map<string, unknown>();
  const routes: RouteConfig[] = [];
  const actions: PluginContentLoadedActions = {
    async createData(name, value) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      data.set(name, JSON.parse(text));
      await writeFile(join(generated, name), text);
      return join(generated, name);
    },
    addRoute: (route) => routes.push(route),
    setGlobalData: () => {
      throw new Error('the quiz plugin sets no global data');
    },
  };
  await plugin.contentLoaded?.({ content, actions });
  return { data, routes };
}

const brokenLine = () =>
  `${shownPath(join(siteDir, 'quizzes', 'broken.quiz.yaml'))}:7:13: error: 'answer' must be true or false, not 'maybe' (at questions[0].answer)`;

describe('the quiz plugin', () => {
  it('watches every quiz file, YAML or JSON, the examples included, and the lessons', () => {
    expect(quizPlugin({ siteDir, baseUrl: '/' }, {}).getPathsToWatch?.()).toEqual([
      `${join(siteDir, 'quizzes')}/**/*.quiz.yaml`,
      `${join(siteDir, 'quizzes')}/**/*.quiz.json`,
      `${join(siteDir, 'docs')}/*.{md,mdx}`,
    ]);
  });

  it('reads the lessons once, in course order, from their front matter', async () => {
    const plugin = quizPlugin({ siteDir, baseUrl: '/' }, { devServer: false });

    const content = (await plugin.loadContent?.()) as QuizPluginContent;

    expect(content.lessons).toEqual([
      {
        id: 'the-meeting',
        number: 1,
        title: 'The meeting',
        permalink: '/lessons/the-meeting',
        keyPointIds: ['free-open-indo-pacific'],
        teaches: true,
        quizIds: ['good'],
      },
      {
        id: 'test-yourself',
        number: 2,
        title: 'Test yourself',
        permalink: '/lessons/test-yourself',
        keyPointIds: ['free-open-indo-pacific', 'ukraine'],
        teaches: false,
        quizIds: [],
      },
    ]);
  });

  it('gives each quiz the lessons that teach what it tests, for its results to link to', async () => {
    const { data } = await load(false);

    expect(data.get('quiz-good.json')).toMatchObject({
      lessons: [{ id: 'the-meeting', permalink: '/lessons/the-meeting' }],
    });
  });

  it('fails a build on a lesson that lacks a slug, at the lesson', async () => {
    await writeFile(
      join(siteDir, 'docs', '01-the-meeting.mdx'),
      lesson.replace('slug: /the-meeting\n', ''),
    );

    await expect(load(false)).rejects.toThrow(
      `${shownPath(join(siteDir, 'docs', '01-the-meeting.mdx'))}:1:1: error: a lesson (a page whose front matter lists 'key_points') needs 'slug' in its front matter`,
    );
  });

  it('writes one module per quiz and its source, and no global data', async () => {
    const { data, routes } = await load(false);

    expect([...data.keys()]).toEqual([
      'lesson-time-the-meeting.json',
      'lesson-time-test-yourself.json',
      'quiz-good.json',
      'source-good.json',
    ]);
    expect(data.get('lesson-time-the-meeting.json')).toMatchObject({
      questions: 1,
      quizMinutes: 1,
    });
    expect(data.get('quiz-good.json')).toMatchObject({
      quiz: { id: 'good', title: 'A good quiz' },
    });
    expect(data.get('source-good.json')).toEqual({ fileName: 'good.quiz.yaml', text: good });
    expect(routes).toEqual([]);
  });

  it('deletes the modules of quizzes and lessons that no longer exist', async () => {
    await writeFile(join(generated, 'quiz-removed.json'), '{}');
    await writeFile(join(generated, 'source-removed.json'), '{}');
    await writeFile(join(generated, 'lesson-time-removed.json'), '{}');
    await writeFile(join(generated, '__plugin.json'), '{}');

    await load(false);

    expect((await readdir(generated)).sort()).toEqual([
      '__plugin.json',
      'lesson-time-test-yourself.json',
      'lesson-time-the-meeting.json',
      'quiz-good.json',
      'source-good.json',
    ]);
  });

  it('fails a build on a broken quiz with every located error', async () => {
    await writeFile(join(siteDir, 'quizzes', 'broken.quiz.yaml'), broken);

    await expect(load(false)).rejects.toThrow(brokenLine());
  });

  it('in the dev server, logs the errors and gives the page the errors instead of the quiz', async () => {
    await writeFile(join(siteDir, 'quizzes', 'broken.quiz.yaml'), broken);

    const { data } = await load(true);

    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(brokenLine()));
    expect(data.get('quiz-broken.json')).toEqual({
      errors: [expect.objectContaining({ line: 7, column: 13, path: 'questions[0].answer' })],
    });
  });

  it('adds the answer-key previews in the dev server only', async () => {
    const { routes } = await load(true);

    expect(routes.map((route) => route.path)).toEqual([`${PREVIEW_PATH}/good`, PREVIEW_PATH]);
    expect(routes[0]).toMatchObject({
      component: '@site/src/components/QuizAnswerKeyPage',
      modules: { quiz: join(generated, 'quiz-good.json') },
    });
  });
});
