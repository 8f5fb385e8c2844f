/** A node of the safe inline Markdown subset. There is no HTML node: raw HTML stays text. */
export type InlineNode =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'emphasis'; readonly children: readonly InlineNode[] }
  | { readonly type: 'strong'; readonly children: readonly InlineNode[] }
  | { readonly type: 'code'; readonly value: string }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly InlineNode[] };

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;

/** Whether a link target is allowed: http(s), protocol-relative, or relative (no other scheme). */
export function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  return scheme === null ? href.length > 0 : /^https?$/i.test(scheme[1] ?? '');
}

interface Parsed {
  readonly nodes: InlineNode[];
  readonly end: number;
  readonly closed: boolean;
}

class InlineParser {
  readonly rejected: string[] = [];
  constructor(private readonly source: string) {}

  parse(start: number, closer: string | undefined, inLink: boolean): Parsed {
    const s = this.source;
    const nodes: InlineNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    let i = start;
    while (i < s.length) {
      const c = s[i] ?? '';
      if (closer !== undefined && s.startsWith(closer, i) && this.canClose(i, closer)) {
        flush();
        return { nodes, end: i + closer.length, closed: true };
      }
      if (c === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) {
        text += s[i + 1];
        i += 2;
        continue;
      }
      if (c === '`') {
        const run = /^`+/.exec(s.slice(i))?.[0] ?? '`';
        const close = s.indexOf(run, i + run.length);
        if (close > 0) {
          flush();
          nodes.push({ type: 'code', value: s.slice(i + run.length, close).trim() || ' ' });
          i = close + run.length;
          continue;
        }
        text += run;
        i += run.length;
        continue;
      }
      if ((c === '*' || c === '_') && this.canOpen(i, c)) {
        const delimiter = s[i + 1] === c ? c + c : c;
        if (delimiter !== closer) {
          const inner = this.parse(i + delimiter.length, delimiter, inLink);
          if (inner.closed && inner.nodes.length > 0) {
            flush();
            nodes.push({
              type: delimiter.length === 2 ? 'strong' : 'emphasis',
              children: inner.nodes,
            });
            i = inner.end;
            continue;
          }
        }
        text += delimiter;
        i += delimiter.length;
        continue;
      }
      if (c === '[' && !inLink) {
        const link = this.link(i);
        if (link) {
          flush();
          nodes.push(...link.nodes);
          i = link.end;
          continue;
        }
      }
      text += c;
      i++;
    }
    flush();
    return { nodes, end: i, closed: false };
  }

  private canOpen(i: number, c: string): boolean {
    const next = this.source[i + (this.source[i + 1] === c ? 2 : 1)] ?? '';
    if (next === '' || /\s/.test(next)) return false;
    return c === '*' || !WORD.test(this.source[i - 1] ?? '');
  }

  private canClose(i: number, closer: string): boolean {
    if (closer === ']') return true;
    if (/\s/.test(this.source[i - 1] ?? ' ')) return false;
    return closer[0] === '*' || !WORD.test(this.source[i + closer.length] ?? '');
  }

  private link(start: number): { nodes: InlineNode[]; end: number } | undefined {
    const label = this.parse(start + 1, ']', true);
    if (!label.closed || this.source[label.end] !== '(') return undefined;
    // The target ends at the parenthesis that balances the opening one, as in CommonMark.
    let depth = 0;
    let close = -1;
    for (let i = label.end; i < this.source.length && close < 0; i++) {
      if (this.source[i] === '(') depth++;
      else if (this.source[i] === ')' && --depth === 0) close = i;
    }
    if (close < 0) return undefined;
    const href = this.source.slice(label.end + 1, close).trim();
    if (/\s/.test(href)) return undefined;
    if (isSafeHref(href)) {
      return { nodes: [{ type: 'link', href, children: label.nodes }], end: close + 1 };
    }
    // An unsafe target is dropped; its label stays as text.
    this.rejected.push(href);
    return { nodes: label.nodes, end: close + 1 };
  }
}

/** Merges neighbouring text nodes so equal texts give equal trees. */
function merge(nodes: readonly InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      merged[merged.length - 1] = { type: 'text', value: last.value + node.value };
    } else if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'link') {
      merged.push({ ...node, children: merge(node.children) });
    } else merged.push(node);
  }
  return merged;
}

/**
 * Parses the inline Markdown subset used in quiz text: `*emphasis*`, `**strong**`, `` `code` ``
 * and `[links](https://…)` with http(s) or relative targets. Anything else, raw HTML included,
 * is text.
 *
 * @example parseInlineMarkdown('See *p3*') // [{type:'text',value:'See '},{type:'emphasis',children:[…]}]
 */
export function parseInlineMarkdown(text: string): InlineNode[] {
  return merge(new InlineParser(text).parse(0, undefined, false).nodes);
}

/** Link targets in `text` that are not allowed (such as `javascript:`), for the parser to report. */
export function rejectedLinks(text: string): string[] {
  const parser = new InlineParser(text);
  parser.parse(0, undefined, false);
  return parser.rejected;
}
