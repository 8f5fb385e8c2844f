import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkLessonTime from './remark-lesson-time';

const options = { moduleDirectory: '@generated/tmm-quizzes/default', componentModule: '@site/x' };
const page = (): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [] }] });

describe('the lesson time remark step', () => {
  it('puts the time of a lesson at its top, imported from the module written for its slug', () => {
    const tree = page();
    remarkLessonTime(options)(tree, {
      data: { frontMatter: { slug: '/the-meeting', key_points: ['ukraine'] } },
    });

    expect(tree.children.map((node) => node.type)).toEqual([
      'mdxjsEsm',
      'mdxjsEsm',
      'mdxJsxFlowElement',
      'paragraph',
    ]);
    expect(tree.children[1]).toMatchObject({
      value:
        'import __lessonTime from "@generated/tmm-quizzes/default/lesson-time-the-meeting.json";',
    });
  });

  it('leaves a page that is not a lesson alone', () => {
    for (const frontMatter of [{ slug: '/' }, { key_points: ['ukraine'] }, undefined]) {
      const tree = page();
      remarkLessonTime(options)(tree, { data: frontMatter === undefined ? {} : { frontMatter } });
      expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    }
  });
});
