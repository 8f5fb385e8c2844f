import { describe, expect, it } from 'vitest';
import {
  type InlineNode,
  isExternalHref,
  isSafeHref,
  MAX_INLINE_NESTING,
  parseInlineMarkdown,
  rejectedLinks,
} from './parse-inline-markdown';

describe('parseInlineMarkdown', () => {
  it('keeps plain text as one text node', () => {
    expect(parseInlineMarkdown('Plain words.')).toEqual([{ type: 'text', value: 'Plain words.' }]);
  });

  it('returns no nodes for empty text', () => {
    expect(parseInlineMarkdown('')).toEqual([]);
  });

  it('parses emphasis with stars and underscores', () => {
    expect(parseInlineMarkdown('a *b* _c_')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'c' }] },
    ]);
  });

  it('parses strong with emphasis inside', () => {
    expect(parseInlineMarkdown('**very *much* so**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', value: 'very ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'much' }] },
          { type: 'text', value: ' so' },
        ],
      },
    ]);
  });

  it('keeps underscores inside words as text', () => {
    expect(parseInlineMarkdown('snake_case_name')).toEqual([
      { type: 'text', value: 'snake_case_name' },
    ]);
  });

  it('keeps a lone star and an unclosed star as text', () => {
    expect(parseInlineMarkdown('2 * 3 and *open')).toEqual([
      { type: 'text', value: '2 * 3 and *open' },
    ]);
  });

  it('parses code spans literally, Markdown inside them included', () => {
    expect(parseInlineMarkdown('run `a *b*` now')).toEqual([
      { type: 'text', value: 'run ' },
      { type: 'code', value: 'a *b*' },
      { type: 'text', value: ' now' },
    ]);
  });

  it('keeps an unclosed backtick as text', () => {
    expect(parseInlineMarkdown('a `b')).toEqual([{ type: 'text', value: 'a `b' }]);
  });

  it('honours backslash escapes', () => {
    expect(parseInlineMarkdown('\\*not emphasis\\*')).toEqual([
      { type: 'text', value: '*not emphasis*' },
    ]);
  });

  it('parses links with https, relative and fragment targets', () => {
    expect(parseInlineMarkdown('[the reader](/reader#p3)')).toEqual([
      { type: 'link', href: '/reader#p3', children: [{ type: 'text', value: 'the reader' }] },
    ]);
    expect(parseInlineMarkdown('[*x*](https://example.org)')).toEqual([
      {
        type: 'link',
        href: 'https://example.org',
        children: [{ type: 'emphasis', children: [{ type: 'text', value: 'x' }] }],
      },
    ]);
  });

  it('drops a javascript: target and keeps the label as text', () => {
    expect(parseInlineMarkdown('[click](javascript:alert(1)).')).toEqual([
      { type: 'text', value: 'click.' },
    ]);
    expect(parseInlineMarkdown('[click](javascript:void)')).toEqual([
      { type: 'text', value: 'click' },
    ]);
  });

  it('keeps raw HTML, a script tag included, as text', () => {
    expect(parseInlineMarkdown('<script>alert("x")</script> <b>bold</b>')).toEqual([
      { type: 'text', value: '<script>alert("x")</script> <b>bold</b>' },
    ]);
  });

  it('keeps balanced parentheses inside a link target', () => {
    expect(parseInlineMarkdown('[w](https://en.wikipedia.org/wiki/A_(b))')).toEqual([
      {
        type: 'link',
        href: 'https://en.wikipedia.org/wiki/A_(b)',
        children: [{ type: 'text', value: 'w' }],
      },
    ]);
  });

  it('keeps a bracket that is not a link as text', () => {
    expect(parseInlineMarkdown('[p3] and [x] (y)')).toEqual([
      { type: 'text', value: '[p3] and [x] (y)' },
    ]);
  });
});

describe('isSafeHref', () => {
  it('allows http, https, relative, protocol-relative and fragment targets', () => {
    for (const href of ['http://a.b', 'HTTPS://a.b', '/x', './x', '../x', '#p3', 'x/y', '//a.b'])
      expect(isSafeHref(href), href).toBe(true);
  });

  it('refuses other schemes and empty targets', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:x',
      'data:text/html,x',
      'mailto:a@b',
      '',
    ])
      expect(isSafeHref(href), href).toBe(false);
  });
});

describe('link targets as the browser reads them', () => {
  // Each target beside the scheme the WHATWG URL parser (the browser's) gives it.
  const disguised = [
    '\x01javascript:alert(1)',
    '\x1fdata:text/html,x',
    ' javascript:x',
    'java\tscript:x',
    'java\nscript:x',
    '\x00javascript:x',
    'JAVASCRIPT:x',
    'vbscript:x',
    'file:///etc/passwd',
  ];

  it.each(disguised)('refuses %j, which the URL parser reads as another scheme', (href) => {
    const protocol = new URL(href, 'https://course.example/').protocol;
    expect(['http:', 'https:']).not.toContain(protocol);
    expect(isSafeHref(href)).toBe(false);
    // A target with white space in it is no link at all; any other is reported.
    expect(rejectedLinks(`[x](${href})`)).toEqual(/\s/.test(href.trim()) ? [] : [href.trim()]);
  });

  it('calls a target external exactly when the URL parser sends it to another host', () => {
    const cases: [string, boolean][] = [
      ['/\\evil.example', true],
      ['\\\\evil.example', true],
      ['//evil.example/x', true],
      ['https://evil.example', true],
      ['HTTP://a.b', true],
      ['/lessons/the-meeting', false],
      ['#p3', false],
      ['../x', false],
      ['?highlight=p3.s2', false],
    ];
    for (const [href, external] of cases) {
      const host = new URL(href, 'https://course.example/').host;
      expect(host !== 'course.example', href).toBe(external);
      expect(isExternalHref(href), href).toBe(external);
      expect(isSafeHref(href), href).toBe(true);
    }
  });
});

describe('hostile inline text', () => {
  function depth(nodes: readonly InlineNode[]): number {
    let deepest = 0;
    const stack = nodes.map((node) => ({ node, level: 1 }));
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      deepest = Math.max(deepest, item.level);
      if ('children' in item.node)
        for (const child of item.node.children) stack.push({ node: child, level: item.level + 1 });
    }
    return deepest;
  }

  it('parses delimiters thousands deep without recursion, nesting at most the limit', () => {
    for (const text of ['*_'.repeat(3_000), `${'*_'.repeat(3_000)}x${'_*'.repeat(3_000)}`]) {
      const nodes = parseInlineMarkdown(text);
      expect(depth(nodes)).toBeLessThanOrEqual(MAX_INLINE_NESTING);
    }
  });

  it('keeps every character of a field of unclosed delimiters, links and code spans', () => {
    for (const text of ['*a '.repeat(20_000), '[a]('.repeat(10_000), `\`${'a'.repeat(60_000)}`]) {
      const nodes = parseInlineMarkdown(text);
      expect(nodes).toEqual([{ type: 'text', value: text }]);
    }
  });
});

describe('rejectedLinks', () => {
  it('lists the targets that were dropped', () => {
    expect(rejectedLinks('[a](https://ok.org) [b](data:x) [c](vbscript:y)')).toEqual([
      'data:x',
      'vbscript:y',
    ]);
  });
});
