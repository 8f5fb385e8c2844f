import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';

const requireHere = createRequire(__filename);

/** The classic theme's client module that registers `prism.additionalLanguages` on every page. */
export const PRISM_LANGUAGES_MODULE = requireHere
  .resolve('@docusaurus/theme-classic/lib/prism-include-languages')
  .replace(/\.js$/, '');

/** The part of the site config this plugin reads. */
type SiteConfig = Pick<LoadContext['siteConfig'], 'themeConfig'>;

function additionalPrismLanguages(siteConfig: SiteConfig): readonly unknown[] {
  const prism = (siteConfig.themeConfig as { prism?: { additionalLanguages?: unknown } }).prism;
  const languages = prism?.additionalLanguages;
  return Array.isArray(languages) ? languages : [];
}

/**
 * Code that two or more lazily loaded chunks share (the progress store, needed by the progress
 * notices, the sidebar's check marks and a quiz's session) goes into a chunk of its own, fetched
 * once, instead of a copy inside each. Docusaurus turns the bundler's default group off and
 * keeps only its `common` chunk, for what half the pages use.
 */
export const SHARED_CHUNKS = {
  chunks: 'async',
  minChunks: 2,
  minSize: 10_000,
  reuseExistingChunk: true,
  priority: -20,
} as const;

/**
 * Shapes the bundles. Shared lazy code is fetched once (`SHARED_CHUNKS`).
 *
 * And it keeps the syntax highlighter out of every page's main bundle. The classic theme loads a
 * client module on every page to add `prism.additionalLanguages` to Prism, and with it the whole
 * highlighter (about 30 KB of gzip JavaScript), although only pages with a code block use it.
 * The course adds no language, so that module has nothing to do: it is replaced by an empty
 * one, and the highlighter arrives with the pages whose code blocks need it. Should the site
 * ever list additional languages, the module is left alone.
 */
export default function bundlePlugin(context: Pick<LoadContext, 'siteConfig'>): Plugin<void> {
  const unused = additionalPrismLanguages(context.siteConfig).length === 0;
  return {
    name: 'course-bundle',
    configureWebpack(_config, isServer) {
      return {
        ...(unused ? { resolve: { alias: { [`${PRISM_LANGUAGES_MODULE}$`]: false } } } : {}),
        // The server bundle is one chunk; only the browser's is split.
        ...(isServer
          ? {}
          : { optimization: { splitChunks: { cacheGroups: { shared: SHARED_CHUNKS } } } }),
      };
    },
  };
}
