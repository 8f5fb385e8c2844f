import type { SourcePosition } from '@tmm/quiz-engine/parser';
import type { Root, RootContent } from 'mdast';
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

/** What the course reads of a lesson or guide page: its front matter and the quizzes it embeds. */
export interface LessonPage {
  /** The `key_points` listed in the front matter, if the page lists them: a lesson does. */
  readonly keyPoints?: readonly Placed<string>[];
  /** The front matter's `title`, `description`, `slug`, `sidebar_position` and `sidebar_label`. */
  readonly title?: string;
  readonly description?: string;
  readonly slug?: string;
  readonly sidebarPosition?: number;
  readonly sidebarLabel?: string;
  /** `assessment: true`: the page tests the key points it lists without teaching them. */
  readonly assessment: boolean;
  /**
   * The lists of ids the page passes to its components, by `<Component>.<prop>`:
   * `<KeyPointSummary ids={['a', 'b']} />` gives `{ 'KeyPointSummary.ids': ['a', 'b'] }`.
   */
  readonly idLists: Readonly<Record<string, readonly string[]>>;
  /** The quiz ids the page names with `<Quiz id="..." />` or `<QuizSource id="..." />`. */
  readonly quizIds: readonly (Placed<string> & { readonly component: QuizComponent })[];
  /** How many words the page's own text holds (its Markdown, not what its components show). */
  readonly words: number;
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

type FrontMatter = Pick<
  LessonPage,
  | 'keyPoints'
  | 'title'
  | 'description'
  | 'slug'
  | 'sidebarPosition'
  | 'sidebarLabel'
  | 'assessment'
  | 'problems'
>;

/** Reads the front matter whose YAML starts on line `firstLine` of the page. */
function frontMatterOf(yamlText: string, firstLine: number): FrontMatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const at = (node: Node | undefined): SourcePosition => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: firstLine + line - 1, column: col };
  };
  const valid = document.errors.length === 0;
  const scalar = <T>(key: string, type: 'string' | 'number' | 'boolean') => {
    const value: unknown = valid ? document.get(key) : undefined;
    return typeof value === type ? (value as T) : undefined;
  };
  const fields = {
    title: scalar<string>('title', 'string'),
    description: scalar<string>('description', 'string'),
    slug: scalar<string>('slug', 'string'),
    sidebarPosition: scalar<number>('sidebar_position', 'number'),
    sidebarLabel: scalar<string>('sidebar_label', 'string'),
  };
  const { keyPoints, problems } = keyPointsOf(
    valid ? document.get('key_points', true) : undefined,
    at,
  );
  return {
    ...(keyPoints && { keyPoints }),
    ...(fields.title !== undefined && { title: fields.title }),
    ...(fields.description !== undefined && { description: fields.description }),
    ...(fields.slug !== undefined && { slug: fields.slug }),
    ...(fields.sidebarPosition !== undefined && { sidebarPosition: fields.sidebarPosition }),
    ...(fields.sidebarLabel !== undefined && { sidebarLabel: fields.sidebarLabel }),
    assessment: scalar<boolean>('assessment', 'boolean') === true,
    problems,
  };
}

/** Reads the `key_points` node of the front matter. */
function keyPointsOf(node: unknown, at: (node: Node | undefined) => SourcePosition) {
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

/** The string-array props the page passes to its components, by `<Component>.<prop>`. */
function idListsOf(tree: Root): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  const walk = (node: Root | RootContent) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'object') continue;
        const statement = attribute.value?.data?.estree?.body[0];
        if (
          statement?.type !== 'ExpressionStatement' ||
          statement.expression.type !== 'ArrayExpression'
        )
          continue;
        const ids = statement.expression.elements.flatMap((element) =>
          element?.type === 'Literal' && typeof element.value === 'string' ? [element.value] : [],
        );
        const key = `${node.name}.${attribute.name}`;
        lists[key] = [...(lists[key] ?? []), ...ids];
      }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return lists;
}

/** The words of the page's text: every text and inline code node, front matter and code aside. */
export function wordsOf(tree: Root): number {
  let words = 0;
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text' || node.type === 'inlineCode')
      words += node.value.split(/\s+/).filter((word) => word !== '').length;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return words;
}

/**
 * Reads a page with the MDX parser: its front matter (`title`, `slug`, `sidebar_position`,
 * `key_points`, `assessment`), the quizzes it embeds and the id lists it passes to components.
 * Throws the parser's message (with its place) when the page is not valid MDX.
 */
export function readLessonPage(text: string): LessonPage {
  const tree: Root = processor.parse(text);
  const [first] = tree.children;
  // The YAML of front matter starts on the line after the opening `---`.
  const { problems, ...frontMatter }: FrontMatter =
    first?.type === 'yaml'
      ? frontMatterOf(first.value, startOf(first).line + 1)
      : { assessment: false, problems: [] };
  const embeds = quizEmbeds(tree);
  return {
    ...frontMatter,
    idLists: idListsOf(tree),
    words: wordsOf(tree),
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

/** Why a page could not be read (`readLessonPage` threw), and where, as the MDX parser said. */
export function unreadablePage(error: unknown): { message: string; position?: SourcePosition } {
  const place = error as { line?: unknown; column?: unknown };
  const reason = error instanceof Error ? error.message : String(error);
  return {
    message: `the page cannot be read as MDX: ${reason}`,
    ...(typeof place.line === 'number' &&
      typeof place.column === 'number' && { position: { line: place.line, column: place.column } }),
  };
}
