import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { PluginContentLoadedActions, RouteConfig } from '@docusaurus/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import quizPlugin, { PREVIEW_PATH, type QuizPluginContent } from './quiz-plugin';

const good = `id: good
title: A good quiz
questions:
  - id: q1
    type: true-false
    prompt: The ministers met in Singapore.
    answer: true
    evidence:
      - paragraph: p1
        exact: convened a Trilateral Ministerial Meeting in Singapore
`;
const broken = good.replace('id: good', 'id: broken').replace('answer: true', 'answer: maybe');

let siteDir: string;
let generated: string;

beforeEach(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'tmm-plugin-'));
  await mkdir(join(siteDir, 'quizzes', 'examples'), { recursive: true });
  await writeFile(join(siteDir, 'quizzes', 'good.quiz.yaml'), good);
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
  const plugin = quizPlugin({ siteDir }, { devServer });
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
  `${relative(process.cwd(), join(siteDir, 'quizzes', 'broken.quiz.yaml'))}:7:13: error: 'answer' must be true or false, not 'maybe' (at questions[0].answer)`;

describe('the quiz plugin', () => {
  it('watches every quiz file, the examples included', () => {
    expect(quizPlugin({ siteDir }, {}).getPathsToWatch?.()).toEqual([
      `${join(siteDir, 'quizzes')}/**/*.quiz.yaml`,
    ]);
  });

  it('writes one module per quiz and its source, and no global data', async () => {
    const { data, routes } = await load(false);

    expect([...data.keys()]).toEqual(['quiz-good.json', 'source-good.json']);
    expect(data.get('quiz-good.json')).toMatchObject({ id: 'good', title: 'A good quiz' });
    expect(data.get('source-good.json')).toEqual({ fileName: 'good.quiz.yaml', text: good });
    expect(routes).toEqual([]);
  });

  it('deletes the modules of quizzes that no longer exist', async () => {
    await writeFile(join(generated, 'quiz-removed.json'), '{}');
    await writeFile(join(generated, 'source-removed.json'), '{}');
    await writeFile(join(generated, '__plugin.json'), '{}');

    await load(false);

    expect((await readdir(generated)).sort()).toEqual([
      '__plugin.json',
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
