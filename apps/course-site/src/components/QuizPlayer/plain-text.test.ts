import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text';

describe('quiz text without its Markdown', () => {
  it('keeps the words of emphasis, strong text, code and links', () => {
    expect(plainText('The *ministers* **discussed** `p1` in [the text](/statement#p1).')).toBe(
      'The ministers discussed p1 in the text.',
    );
  });

  it('keeps raw HTML as the text it is', () => {
    expect(plainText('<b>bold</b>')).toBe('<b>bold</b>');
  });
});
