import type { SourcePosition } from '@tmm/quiz-engine/parser';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type QuizComponent, quizEmbeds } from './quiz-embeds';

/** A value written at a place in the page. */
export interface Placed<T> {
  readonly value: T;
  readonly position: SourcePosition;
}

/** What the quiz checker needs from a lesson or guide page. */
export interface LessonPage {
  /** The `key_points` listed in the front matter, if the page lists them. */
  readonly keyPoints?: readonly Placed<string>[];
  /** The quiz ids the page names with `<Quiz id="..." />` or `<QuizSource id="..." />`. */
  readonly quizIds: readonly (Placed<string> & { readonly component: QuizComponent })[];
  /** Problems in the page itself: front matter or quiz elements it cannot read. */
  readonly problems: readonly Placed<string>[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

const startOf = (node: {
  position?: { start: { line: number; column: number } };
}): SourcePosition => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/** Reads `key_points` from front matter whose YAML starts on line `firstLine` of the page. */
function keyPointsOf(yamlText: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const at = (node: Node | undefined): SourcePosition => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: firstLine + line - 1, column: col };
  };
  const node = document.errors.length > 0 ? undefined : document.get('key_points', true);
  if (node === undefined) return { keyPoints: undefined, problems: [] };
  const problem = (message: string, where: Node | undefined) => ({
    keyPoints: undefined,
    problems: [{ value: message, position: at(where) }],
  });
  if (!isSeq(node))
    return problem(
      "'key_points' must be a list of key point ids, like [rule-of-law, ukraine]",
      isScalar(node) ? node : undefined,
    );
  const keyPoints: Placed<string>[] = [];
  for (const item of node.items) {
    if (!isScalar(item) || typeof item.value !== 'string')
      return problem("each entry of 'key_points' must be a key point id", node);
    keyPoints.push({ value: item.value, position: at(item) });
  }
  return { keyPoints, problems: [] };
}

/**
 * Reads a page's `key_points` front matter and the quizzes it embeds, with the MDX parser.
 * Throws the parser's message (with its place) when the page is not valid MDX.
 */
export function readLessonPage(text: string): LessonPage {
  const tree: Root = processor.parse(text);
  const [first] = tree.children;
  // The YAML of front matter starts on the line after the opening `---`.
  const { keyPoints, problems } =
    first?.type === 'yaml'
      ? keyPointsOf(first.value, startOf(first).line + 1)
      : { keyPoints: undefined, problems: [] };
  const embeds = quizEmbeds(tree);
  return {
    ...(keyPoints && { keyPoints }),
    quizIds: embeds.flatMap((embed) =>
      embed.id.ok
        ? [{ value: embed.id.value, position: startOf(embed.element), component: embed.component }]
        : [],
    ),
    problems: [
      ...problems,
      ...embeds.flatMap((embed) =>
        embed.id.ok ? [] : [{ value: embed.id.message, position: startOf(embed.element) }],
      ),
    ],
  };
}
