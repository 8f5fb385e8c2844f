import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

beforeEach(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'tmm-plugin-'));
  await mkdir(join(siteDir, 'quizzes', 'examples'), { recursive: true });
  await writeFile(join(siteDir, 'quizzes', 'good.quiz.yaml'), good);
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
      data.set(name, typeof value === 'string' ? JSON.parse(value) : value);
      return join('/generated', name);
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
      modules: { quiz: join('/generated', 'quiz-good.json') },
    });
  });
});
