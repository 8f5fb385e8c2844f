import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineMarkdown } from './inline-markdown';

const html = (text: string) => renderToString(<InlineMarkdown text={text} />);

describe('InlineMarkdown', () => {
  it('renders emphasis, strong, code and links as elements', () => {
    expect(html('*a* **b** `c` [d](/reader#p3)')).toBe(
      '<em>a</em> <strong>b</strong> <code>c</code> <a href="/reader#p3">d</a>',
    );
  });

  it('marks external links noopener noreferrer', () => {
    expect(html('[src](https://example.org)')).toBe(
      '<a href="https://example.org" rel="noopener noreferrer">src</a>',
    );
  });

  it('shows a script tag in a prompt as text, never as markup', () => {
    const out = html('<script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(out).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
  });

  it('renders a javascript: link as its label only', () => {
    expect(html('[click](javascript:alert(1))')).toBe('click');
  });

  it('marks a backslash target that leaves the site external, and shows no disguised scheme', () => {
    expect(html('[x](/\\evil.example)')).toBe(
      '<a href="/\\evil.example" rel="noopener noreferrer">x</a>',
    );
    expect(html('[x](\x1fdata:text/html,hi) [y](\x01javascript:alert(1))')).toBe('x y');
  });
});
