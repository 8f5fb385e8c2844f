import { existsSync, readFileSync } from 'node:fs';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import bundlePlugin, { PRISM_LANGUAGES_MODULE } from './index';

const context = (themeConfig: object) =>
  ({ siteConfig: { themeConfig } }) as unknown as Pick<LoadContext, 'siteConfig'>;

const configure = (themeConfig: object) =>
  // biome-ignore lint/suspicious/noExplicitAny: the hook's own arguments are not used
  (bundlePlugin(context(themeConfig)).configureWebpack as any)({}, false, {}, undefined);

describe('the bundle plugin', () => {
  it('names the classic theme module that registers extra Prism languages', () => {
    expect(existsSync(`${PRISM_LANGUAGES_MODULE}.js`)).toBe(true);
    expect(readFileSync(`${PRISM_LANGUAGES_MODULE}.js`, 'utf8')).toContain('prismIncludeLanguages');
  });

  it('replaces that module with an empty one when the site adds no language', () => {
    const expected = { resolve: { alias: { [`${PRISM_LANGUAGES_MODULE}$`]: false } } };
    expect(configure({ prism: { additionalLanguages: [] } })).toEqual(expected);
    expect(configure({ prism: {} })).toEqual(expected);
    expect(configure({})).toEqual(expected);
  });

  it('leaves it alone when the site lists additional languages', () => {
    expect(configure({ prism: { additionalLanguages: ['powershell'] } })).toEqual({});
  });
});
