import { existsSync, readFileSync } from 'node:fs';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import bundlePlugin, { PRISM_LANGUAGES_MODULE, SHARED_CHUNKS } from './index';

const context = (themeConfig: object) =>
  ({ siteConfig: { themeConfig } }) as unknown as Pick<LoadContext, 'siteConfig'>;

const configure = (themeConfig: object, isServer = false) =>
  // biome-ignore lint/suspicious/noExplicitAny: the hook's other arguments are not used
  (bundlePlugin(context(themeConfig)).configureWebpack as any)({}, isServer, {}, undefined);

const noPrismLanguages = { resolve: { alias: { [`${PRISM_LANGUAGES_MODULE}$`]: false } } };
const sharedChunks = { optimization: { splitChunks: { cacheGroups: { shared: SHARED_CHUNKS } } } };

describe('the bundle plugin', () => {
  it('names the classic theme module that registers extra Prism languages', () => {
    expect(existsSync(`${PRISM_LANGUAGES_MODULE}.js`)).toBe(true);
    expect(readFileSync(`${PRISM_LANGUAGES_MODULE}.js`, 'utf8')).toContain('prismIncludeLanguages');
  });

  it('replaces that module with an empty one when the site adds no language', () => {
    const expected = { ...noPrismLanguages, ...sharedChunks };
    expect(configure({ prism: { additionalLanguages: [] } })).toEqual(expected);
    expect(configure({ prism: {} })).toEqual(expected);
    expect(configure({})).toEqual(expected);
  });

  it('leaves it alone when the site lists additional languages', () => {
    expect(configure({ prism: { additionalLanguages: ['powershell'] } })).toEqual(sharedChunks);
  });

  it('splits shared lazy code in the browser bundle only: the server bundle is one chunk', () => {
    expect(configure({}, true)).toEqual(noPrismLanguages);
    expect(SHARED_CHUNKS).toMatchObject({ chunks: 'async', minChunks: 2 });
  });
});
