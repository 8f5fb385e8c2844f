import { describe, expect, it } from 'vitest';
import { type ClickedLink, inSitePath, PLAIN_CLICK } from './in-site-path';

const origin = 'https://course.example';
const plainClick = PLAIN_CLICK;
const glossaryLink: ClickedLink = {
  href: `${origin}/glossary#dprk`,
  target: '',
  download: false,
};

describe('which link clicks open inside the page', () => {
  it('opens a plain click on a link to this site in place, with its query and fragment', () => {
    expect(inSitePath(plainClick, glossaryLink, origin)).toBe('/glossary#dprk');
    expect(
      inSitePath(plainClick, { ...glossaryLink, href: `${origin}/statement?s=p2.s1#p2` }, origin),
    ).toBe('/statement?s=p2.s1#p2');
    expect(inSitePath(plainClick, { ...glossaryLink, target: '_self' }, origin)).toBe(
      '/glossary#dprk',
    );
  });

  it('leaves new tabs, new windows, downloads and other buttons to the browser', () => {
    for (const modifier of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) {
      expect(inSitePath({ ...plainClick, [modifier]: true }, glossaryLink, origin), modifier).toBe(
        null,
      );
    }
    expect(inSitePath({ ...plainClick, button: 1 }, glossaryLink, origin)).toBeNull();
    expect(inSitePath(plainClick, { ...glossaryLink, target: '_blank' }, origin)).toBeNull();
    expect(inSitePath(plainClick, { ...glossaryLink, download: true }, origin)).toBeNull();
  });

  it('leaves links to other sites, and clicks already handled, alone', () => {
    const foreign = { ...glossaryLink, href: 'https://www.mod.go.jp/en/' };
    expect(inSitePath(plainClick, foreign, origin)).toBeNull();
    expect(inSitePath({ ...plainClick, defaultPrevented: true }, glossaryLink, origin)).toBeNull();
    expect(inSitePath(plainClick, { ...glossaryLink, href: 'not a url' }, origin)).toBeNull();
  });
});
