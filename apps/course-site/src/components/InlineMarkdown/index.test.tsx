import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import InlineMarkdown from '.';

describe('quiz text on the page', () => {
  it('shows a script tag in a prompt as text, and the Markdown it allows as markup', () => {
    const html = renderToStaticMarkup(
      <InlineMarkdown text="<script>alert(1)</script> The ministers met in **Singapore**." />,
    );

    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; The ministers met in <strong>Singapore</strong>.',
    );
    expect(html).not.toContain('<script>');
  });
});
