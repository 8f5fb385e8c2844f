import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quoteText } from './yaml-syntax';

describe('quoteText', () => {
  it.each([
    ['Right: Singapore', "'Right: Singapore'"],
    ["the DPRK's launch: condemned", `"the DPRK's launch: condemned"`],
    [`He said "no": it's over`, `'He said "no": it''s over'`],
    ["a \\ backslash and an apostrophe's", "'a \\ backslash and an apostrophe''s'"],
  ])('writes %s so that YAML reads it back unchanged', (text, quoted) => {
    expect(quoteText(text)).toBe(quoted);
    expect(parse(`key: ${quoteText(text)}`)).toEqual({ key: text });
  });
});
