/** A node of the safe inline Markdown subset. There is no HTML node: raw HTML stays text. */
export type InlineNode =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'emphasis'; readonly children: readonly InlineNode[] }
  | { readonly type: 'strong'; readonly children: readonly InlineNode[] }
  | { readonly type: 'code'; readonly value: string }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly InlineNode[] };

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * How deeply emphasis, strong and links may nest. Deeper delimiters stay text, so no tree the
 * parser builds is deep enough to overflow a recursive walk (rendering, plain text).
 */
export const MAX_INLINE_NESTING = 16;

/** The longest link target: a longer one is text (and is not read character by character). */
const MAX_HREF_LENGTH = 2048;

/** The base a relative target is resolved against; its host cannot be a real one. */
const BASE = 'https://relative.invalid/';

/**
 * Where a link target leads, as the WHATWG URL parser (the browser's) reads it: it strips
 * leading control characters and spaces, removes tabs and newlines, and reads `\` as `/`, so
 * `\x01javascript:` is `javascript:` and `/\evil.example` is another host. Null when it is not a
 * URL at all.
 */
function resolveHref(href: string): URL | null {
  try {
    return new URL(href, BASE);
  } catch {
    return null;
  }
}

/**
 * Whether a link target is allowed: one the URL parser reads as http(s) (absolute,
 * protocol-relative or relative to the page); never another scheme, however it is disguised.
 */
export function isSafeHref(href: string): boolean {
  if (href.length === 0) return false;
  const url = resolveHref(href);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
}

/** Whether a link target leaves the site (another host, as the URL parser reads it). */
export function isExternalHref(href: string): boolean {
  const url = resolveHref(href);
  return url === null || url.origin !== new URL(BASE).origin;
}

/** An emphasis delimiter run waiting for its closer: `*`, `**`, `_` or `__`. */
interface Delimiter {
  readonly kind: 'delimiter';
  readonly text: string;
  active: boolean;
}

/** An opening `[` waiting for its `](target)`. */
interface Bracket {
  readonly kind: 'bracket';
}

/** A finished node. */
interface Done {
  readonly kind: 'node';
  readonly node: InlineNode;
}

type Entry = Delimiter | Bracket | Done;

/**
 * The parser: one pass over the text with an explicit stack, no recursion. A closing delimiter
 * pairs with the nearest open one of the same kind (`*`, `**`, `_`, `__`) after any open `[`;
 * a `]` followed by `(target)` closes the open `[`. Whatever is left open ends as text. Every
 * character is looked at a bounded number of times (backtick runs are indexed once, a link
 * target is looked for at most `MAX_HREF_LENGTH` characters on), so time is linear in the text.
 */
class InlineParser {
  readonly rejected: string[] = [];
  private readonly entries: Entry[] = [];
  /** Positions in `entries` of open delimiters, by their text. */
  private readonly openers = new Map<string, number[]>();
  /** Position in `entries` of the open `[`, if any (links do not nest). */
  private bracket = -1;
  private text = '';
  /**
   * How many delimiters are open. A pair can only nest inside pairs whose openers were open when
   * it opened, so refusing openers beyond `MAX_INLINE_NESTING - 1` bounds the tree's depth.
   */
  private open = 0;
  /** Start positions of backtick runs, by run length, in text order. */
  private readonly backtickRuns = new Map<number, number[]>();

  /** For each `(`, where the `)` that balances it is (-1 if none): one pass, with a stack. */
  private readonly closingParen: Int32Array;

  constructor(private readonly source: string) {
    this.closingParen = new Int32Array(source.length).fill(-1);
    const parens: number[] = [];
    for (let i = 0; i < source.length; i++) {
      if (source[i] === '(') parens.push(i);
      else if (source[i] === ')') {
        const open = parens.pop();
        if (open !== undefined) this.closingParen[open] = i;
      }
    }
    const runs = /`+/g;
    for (let run = runs.exec(source); run !== null; run = runs.exec(source)) {
      const starts = this.backtickRuns.get(run[0].length) ?? [];
      starts.push(run.index);
      this.backtickRuns.set(run[0].length, starts);
    }
  }

  parse(): InlineNode[] {
    const s = this.source;
    let i = 0;
    while (i < s.length) {
      const c = s[i] ?? '';
      if (c === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) {
        this.text += s[i + 1];
        i += 2;
      } else if (c === '`') {
        i = this.codeSpan(i);
      } else if (c === '*' || c === '_') {
        i = this.delimiter(i, c);
      } else if (c === '[' && this.bracket < 0) {
        this.flush();
        this.bracket = this.entries.length;
        this.entries.push({ kind: 'bracket' });
        i += 1;
      } else if (c === ']' && this.bracket >= 0) {
        i = this.closeBracket(i);
      } else {
        this.text += c;
        i += 1;
      }
    }
    this.flush();
    return merge(this.entries.flatMap((entry) => this.asNodes(entry)));
  }

  private flush(): void {
    if (this.text) this.entries.push({ kind: 'node', node: { type: 'text', value: this.text } });
    this.text = '';
  }

  /** What an entry is once nothing more can close it: open delimiters and brackets are text. */
  private asNodes(entry: Entry): InlineNode[] {
    if (entry.kind === 'node') return [entry.node];
    return [{ type: 'text', value: entry.kind === 'bracket' ? '[' : entry.text }];
  }

  private codeSpan(i: number): number {
    const s = this.source;
    let end = i;
    while (s[end] === '`') end += 1;
    const length = end - i;
    // The next run of exactly the same length closes it (binary search in the run index).
    const starts = this.backtickRuns.get(length) ?? [];
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] ?? 0) < end) low = middle + 1;
      else high = middle;
    }
    const close = starts[low];
    if (close === undefined) {
      this.text += s.slice(i, end);
      return end;
    }
    this.flush();
    const value = s.slice(end, close).trim() || ' ';
    this.entries.push({ kind: 'node', node: { type: 'code', value } });
    return close + length;
  }

  private delimiter(i: number, c: '*' | '_'): number {
    const s = this.source;
    const text = s[i + 1] === c ? c + c : c;
    const end = i + text.length;
    const before = s[i - 1] ?? ' ';
    const after = s[end] ?? '';
    const canClose = !SPACE.test(before) && (c === '*' || !WORD.test(after));
    const canOpen = after !== '' && !SPACE.test(after) && (c === '*' || !WORD.test(before));
    if (canClose && this.close(text)) return end;
    if (canOpen && this.open < MAX_INLINE_NESTING - 1) {
      this.open += 1;
      this.flush();
      const stack = this.openers.get(text) ?? [];
      stack.push(this.entries.length);
      this.openers.set(text, stack);
      this.entries.push({ kind: 'delimiter', text, active: true });
    } else {
      this.text += text;
    }
    return end;
  }

  /** Closes the nearest open delimiter `text` after any open `[`; false when there is none. */
  private close(text: string): boolean {
    const stack = this.openers.get(text);
    if (stack === undefined) return false;
    // Openers made text when a link or an outer pair closed around them are skipped for good.
    while (stack.length > 0) {
      const top = stack[stack.length - 1] ?? -1;
      const entry = this.entries[top];
      if (entry?.kind === 'delimiter' && entry.active) break;
      stack.pop();
    }
    const at = stack[stack.length - 1];
    if (at === undefined || at < this.bracket) return false;
    this.flush();
    if (at === this.entries.length - 1) return false;
    const inner = this.entries.slice(at + 1);
    stack.pop();
    this.open -= 1;
    this.entries.length = at;
    const children = merge(inner.flatMap((entry) => this.deactivated(entry)));
    const type = text.length === 2 ? 'strong' : 'emphasis';
    this.entries.push({ kind: 'node', node: { type, children } });
    return true;
  }

  /** An entry taken inside a closed pair or link: an open delimiter there can no longer close. */
  private deactivated(entry: Entry): InlineNode[] {
    if (entry.kind === 'delimiter' && entry.active) {
      entry.active = false;
      this.open -= 1;
    }
    return this.asNodes(entry);
  }

  private closeBracket(i: number): number {
    const s = this.source;
    const at = this.bracket;
    const target = s[i + 1] === '(' ? this.linkTarget(i + 1) : undefined;
    if (target === undefined) {
      // Not a link: the `[` is text, and what followed it belongs to the text around it again.
      this.text += ']';
      this.flush();
      this.entries[at] = { kind: 'node', node: { type: 'text', value: '[' } };
      this.bracket = -1;
      return i + 1;
    }
    this.flush();
    const inner = this.entries.slice(at + 1);
    const label = merge(inner.flatMap((entry) => this.deactivated(entry)));
    this.entries.length = at;
    this.bracket = -1;
    if (isSafeHref(target.href)) {
      this.entries.push({
        kind: 'node',
        node: { type: 'link', href: target.href, children: label },
      });
    } else {
      // An unsafe target is dropped; its label stays, as it was parsed.
      this.rejected.push(target.href);
      for (const node of label) this.entries.push({ kind: 'node', node });
    }
    return target.end;
  }

  /** The target of `(…)` at `open`, ending at the `)` that balances it, as in CommonMark. */
  private linkTarget(open: number): { href: string; end: number } | undefined {
    const close = this.closingParen[open] ?? -1;
    if (close < 0 || close - open > MAX_HREF_LENGTH + 1) return undefined;
    const href = this.source.slice(open + 1, close).trim();
    // A target has no white space in it.
    return SPACE.test(href) ? undefined : { href, end: close + 1 };
  }
}

/** Merges neighbouring text nodes so equal texts give equal trees (children are merged already). */
function merge(nodes: readonly InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      merged[merged.length - 1] = { type: 'text', value: last.value + node.value };
    } else merged.push(node);
  }
  return merged;
}

/**
 * Parses the inline Markdown subset used in quiz text: `*emphasis*`, `**strong**`, `` `code` ``
 * and `[links](https://…)` with http(s) or relative targets. Anything else, raw HTML included,
 * is text. Linear in the length of the text, without recursion; nesting deeper than
 * `MAX_INLINE_NESTING` stays text.
 *
 * @example parseInlineMarkdown('See *p3*') // [{type:'text',value:'See '},{type:'emphasis',children:[…]}]
 */
export function parseInlineMarkdown(text: string): InlineNode[] {
  return new InlineParser(text).parse();
}

/** Link targets in `text` that are not allowed (such as `javascript:`), for the parser to report. */
export function rejectedLinks(text: string): string[] {
  const parser = new InlineParser(text);
  parser.parse();
  return parser.rejected;
}
