import { type InlineNode, parseInlineMarkdown } from '@tmm/quiz-engine';
import type { ReactNode } from 'react';

interface InlineMarkdownProps {
  /** Quiz text in the engine's inline Markdown subset; any HTML in it is shown as text. */
  readonly text: string;
}

function render(nodes: readonly InlineNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    // Siblings never reorder: the index is a stable key here.
    const key = `${index}-${node.type}`;
    if (node.type === 'text') return node.value;
    if (node.type === 'code') return <code key={key}>{node.value}</code>;
    if (node.type === 'emphasis') return <em key={key}>{render(node.children)}</em>;
    if (node.type === 'strong') return <strong key={key}>{render(node.children)}</strong>;
    return (
      <a key={key} href={node.href}>
        {render(node.children)}
      </a>
    );
  });
}

/** Quiz text rendered from the engine's safe inline Markdown: no raw HTML ever reaches the page. */
export default function InlineMarkdown({ text }: InlineMarkdownProps): ReactNode {
  return <>{render(parseInlineMarkdown(text))}</>;
}
