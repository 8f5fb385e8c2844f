import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Something in a page's HTML that a browser has to guess about, with where it is. */
export interface MarkupProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

// Elements that have no end tag.
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

// Elements whose end tag HTML lets an author (and Docusaurus's minifier) leave out.
const optionalEndTags = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'rt',
  'rp',
  'optgroup',
  'option',
  'colgroup',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): readonly Node[] {
  const children: Node[] = 'childNodes' in node ? [...node.childNodes] : [];
  // A <template>'s children live in its content fragment.
  if (isElement(node) && node.tagName === 'template' && 'content' in node)
    children.push(node.content);
  return children;
}

/** Offsets of the source that the parser placed in the tree, as [start, end) ranges. */
function placedRanges(node: Node, ranges: [number, number][]): void {
  if (isElement(node)) {
    const { startTag, endTag } = node.sourceCodeLocation ?? {};
    if (startTag) ranges.push([startTag.startOffset, startTag.endOffset]);
    if (endTag) ranges.push([endTag.startOffset, endTag.endOffset]);
  } else if ('sourceCodeLocation' in node && node.sourceCodeLocation) {
    ranges.push([node.sourceCodeLocation.startOffset, node.sourceCodeLocation.endOffset]);
  }
  for (const child of childrenOf(node)) placedRanges(child, ranges);
}

function unclosedElements(html: string, node: Node, found: MarkupProblem[]): void {
  if (isElement(node)) {
    const { startTag, endTag } = node.sourceCodeLocation ?? {};
    const selfClosed =
      startTag !== undefined && html.slice(startTag.endOffset - 2, startTag.endOffset) === '/>';
    if (
      startTag !== undefined &&
      endTag === undefined &&
      !selfClosed &&
      !voidElements.has(node.tagName) &&
      !optionalEndTags.has(node.tagName)
    ) {
      found.push({
        line: startTag.startLine,
        column: startTag.startCol,
        message: `<${node.tagName}> is never closed`,
      });
    }
  }
  for (const child of childrenOf(node)) unclosedElements(html, child, found);
}

function lineAndColumn(html: string, offset: number): { line: number; column: number } {
  const before = html.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * What keeps `html` from being well-formed, parsed by parse5 as a browser parses it: the parse
 * errors parse5 reports (duplicate attributes, bad doctype, unterminated tags...), elements left
 * open whose end tag HTML does not allow to omit, and markup the parser had to drop, such as an
 * end tag with no open element. parse5 reports neither of the last two by itself, so they are
 * read from where its tree says each tag came from.
 */
export function markupProblems(html: string): MarkupProblem[] {
  const found: MarkupProblem[] = [];
  const document = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) =>
      found.push({ line: error.startLine, column: error.startCol, message: error.code }),
  });
  unclosedElements(html, document, found);

  const ranges: [number, number][] = [];
  placedRanges(document, ranges);
  ranges.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  const dropped = (start: number, end: number) => {
    const text = html.slice(start, end);
    if (text.trim() === '') return;
    const offset = start + (text.length - text.trimStart().length);
    found.push({
      ...lineAndColumn(html, offset),
      message: `the parser ignored ${JSON.stringify(text.trim().slice(0, 60))}`,
    });
  };
  for (const [start, end] of ranges) {
    if (start > covered) dropped(covered, start);
    covered = Math.max(covered, end);
  }
  if (covered < html.length) dropped(covered, html.length);

  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
