import { Fragment, type ReactNode, useMemo } from 'react';
import {
  type InlineNode,
  isExternalHref,
  parseInlineMarkdown,
} from '../markdown/parse-inline-markdown';

/** One node as an element; text goes in as a string child, which React escapes. */
function renderNode(node: InlineNode, key: string): ReactNode {
  switch (node.type) {
    case 'text':
      return <Fragment key={key}>{node.value}</Fragment>;
    case 'emphasis':
      return <em key={key}>{renderInlineNodes(node.children)}</em>;
    case 'strong':
      return <strong key={key}>{renderInlineNodes(node.children)}</strong>;
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'link': {
      // Another host as the browser's URL parser reads it (`//x`, `/\x` and `https://x` alike).
      const external = isExternalHref(node.href);
      return (
        <a key={key} href={node.href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
          {renderInlineNodes(node.children)}
        </a>
      );
    }
  }
}

/** Renders parsed inline Markdown as React elements; text is always text, never HTML. */
export function renderInlineNodes(nodes: readonly InlineNode[]): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, `${index}-${node.type}`));
}

/** Shows a quiz text field: the safe inline Markdown subset, raw HTML shown as text. */
export function InlineMarkdown({ text }: { readonly text: string }): ReactNode {
  const nodes = useMemo(() => parseInlineMarkdown(text), [text]);
  return <>{renderInlineNodes(nodes)}</>;
}
