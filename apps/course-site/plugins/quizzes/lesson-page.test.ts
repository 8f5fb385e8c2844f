import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readLessonPage } from './lesson-page';

const lessonsDir = join(import.meta.dirname, '..', '..', 'docs');
// Every lesson that summarises key points (the self-assessment lists them all instead).
const summarisingLessons = readdirSync(lessonsDir)
  .filter((name) => /^\d\d-.+\.mdx$/.test(name))
  .filter((name) => readFileSync(join(lessonsDir, name), 'utf8').includes('<KeyPointSummary'));

/** The ids a lesson passes to `<KeyPointSummary ids={[...]} />`, read from the MDX tree. */
function summarisedKeyPoints(text: string): string[] {
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(text);
  const ids: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'KeyPointSummary')
      for (const attribute of node.attributes) {
        const program =
          attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'object'
            ? attribute.value?.data?.estree
            : undefined;
        const statement = program?.body[0];
        if (
          statement?.type === 'ExpressionStatement' &&
          statement.expression.type === 'ArrayExpression'
        )
          for (const element of statement.expression.elements)
            if (element?.type === 'Literal' && typeof element.value === 'string')
              ids.push(element.value);
      }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return ids;
}

describe('reading a lesson page', () => {
  it('reads the key points of the front matter and the quizzes the page embeds, with their places', () => {
    const page = readLessonPage(
      '---\ntitle: A lesson\nkey_points: [rule-of-law, ukraine]\n---\n\nText and <Quiz id="inline" /> here.\n\n<Quiz id="rule-of-law" />\n\n<QuizSource id="rule-of-law" />\n',
    );

    expect(page).toEqual({
      keyPoints: [
        { value: 'rule-of-law', position: { line: 3, column: 14 } },
        { value: 'ukraine', position: { line: 3, column: 27 } },
      ],
      quizIds: [
        { value: 'inline', position: { line: 6, column: 10 }, component: 'Quiz' },
        { value: 'rule-of-law', position: { line: 8, column: 1 }, component: 'Quiz' },
        { value: 'rule-of-law', position: { line: 10, column: 1 }, component: 'QuizSource' },
      ],
      problems: [],
    });
  });

  it('reports a key_points value that is not a list, and a quiz element without an id', () => {
    const page = readLessonPage('---\nkey_points: rule-of-law\n---\n\n<Quiz />\n');

    expect(page.problems).toEqual([
      {
        value: "'key_points' must be a list of key point ids, like [rule-of-law, ukraine]",
        position: { line: 2, column: 13 },
      },
      {
        value: '<Quiz> needs the quiz id, as in <Quiz id="the-meeting" />',
        position: { line: 5, column: 1 },
      },
    ]);
  });

  it('throws the MDX parser error for a page that is not valid MDX', () => {
    expect(() => readLessonPage('# Title\n\n<Quiz id="x"\n')).toThrow(/Unexpected end of file/);
  });

  it.each(summarisingLessons)(
    'lists in the front matter of %s the key points the lesson summarises',
    (name) => {
      const text = readFileSync(join(lessonsDir, name), 'utf8');

      const listed = readLessonPage(text).keyPoints?.map((point) => point.value);

      expect(listed).toEqual(summarisedKeyPoints(text));
      expect(listed?.length).toBeGreaterThan(0);
    },
  );
});
