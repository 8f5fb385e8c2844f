import { type InlineNode, parseInlineMarkdown } from '@tmm/quiz-engine';

function textOf(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) =>
      node.type === 'text' || node.type === 'code' ? node.value : textOf(node.children),
    )
    .join('');
}

/** Quiz text without its inline Markdown, for places that hold only text (`<option>`, titles). */
export function plainText(markdown: string): string {
  return textOf(parseInlineMarkdown(markdown));
}
