import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** An absolute URL that a browser would fetch from, and the markup or code that makes it do so. */
export interface FetchedUrl {
  readonly url: string;
  readonly via: string;
}

/**
 * True for a URL that names a host: `https://…`, `http://…`, `ws(s)://…` or protocol-relative
 * `//…`. Relative URLs, `data:` and `blob:` stay on the page's own origin.
 */
export function namesAHost(url: string): boolean {
  return /^(?:(?:https?|wss?):)?\/\//i.test(url.trim());
}

const cssUrl = /url\(\s*(["']?)([^"')]+?)\1\s*\)/gi;
const cssImport = /@import\s+(["'])([^"']+)\1/gi;

/** Absolute URLs a stylesheet fetches: `url(…)` (images, fonts) and `@import`. */
export function fetchedUrlsInCss(css: string, where = 'CSS'): FetchedUrl[] {
  const found: FetchedUrl[] = [];
  for (const match of css.matchAll(cssUrl)) {
    const url = match[2] ?? '';
    if (namesAHost(url)) found.push({ url, via: `url() in ${where}` });
  }
  for (const match of css.matchAll(cssImport)) {
    const url = match[2] ?? '';
    if (namesAHost(url)) found.push({ url, via: `@import in ${where}` });
  }
  return found;
}

const quotedAbsolute = String.raw`["'\`]((?:(?:https?|wss?):)?\/\/[^"'\`\s]+)`;
// Calls and assignments that make a browser fetch the URL literal they are given. A URL
// anywhere else in a script (a link's target, a source cited in the course) fetches nothing.
const scriptFetches: readonly { readonly via: string; readonly pattern: RegExp }[] = [
  {
    via: 'a fetching call',
    pattern: new RegExp(
      String.raw`\b(?:fetch|import|importScripts|sendBeacon|Worker|SharedWorker|WebSocket|EventSource)\(\s*${quotedAbsolute}`,
      'g',
    ),
  },
  {
    via: 'XMLHttpRequest.open',
    pattern: new RegExp(String.raw`\.open\(\s*["'\`][A-Za-z]+["'\`]\s*,\s*${quotedAbsolute}`, 'g'),
  },
  { via: 'a src assignment', pattern: new RegExp(String.raw`\.src\s*=\s*${quotedAbsolute}`, 'g') },
  {
    via: 'setAttribute src/href',
    pattern: new RegExp(
      String.raw`setAttribute\(\s*["'](?:src|href)["']\s*,\s*${quotedAbsolute}`,
      'g',
    ),
  },
  // The bundler's public path: every lazy chunk is fetched from it.
  {
    via: 'the bundle public path',
    pattern: new RegExp(String.raw`\.p\s*=\s*${quotedAbsolute}`, 'g'),
  },
];

/** Absolute URLs a script fetches by itself: fetch/import/XHR/sockets, `.src =`, the public path. */
export function fetchedUrlsInJs(js: string, where = 'JavaScript'): FetchedUrl[] {
  return scriptFetches.flatMap(({ via, pattern }) =>
    [...js.matchAll(pattern)].map((match) => ({ url: match[1] ?? '', via: `${via} in ${where}` })),
  );
}

// <link rel> values whose href the browser fetches (or connects to) on its own.
const fetchingRels = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
  'manifest',
]);
const scriptTypes = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function fetchedByElement(element: Element): FetchedUrl[] {
  const tag = element.tagName;
  const urls: FetchedUrl[] = [];
  const add = (url: string | undefined, via: string) => {
    if (url !== undefined && namesAHost(url)) urls.push({ url, via });
  };
  add(attribute(element, 'src'), `<${tag} src>`);
  add(attribute(element, 'poster'), `<${tag} poster>`);
  if (tag === 'object') add(attribute(element, 'data'), '<object data>');
  if (tag === 'base') add(attribute(element, 'href'), '<base href>');
  for (const name of ['srcset', 'imagesrcset']) {
    for (const url of srcsetUrls(attribute(element, name) ?? '')) add(url, `<${tag} ${name}>`);
  }
  if (tag === 'link') {
    const rels = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
    const rel = rels.find((value) => fetchingRels.has(value));
    if (rel !== undefined) add(attribute(element, 'href'), `<link rel=${rel}>`);
  }
  // SVG <use> and <image> load the file their href names.
  if (tag === 'use' || tag === 'image' || tag === 'feImage')
    add(attribute(element, 'href'), `<${tag} href>`);
  const style = attribute(element, 'style');
  if (style !== undefined) urls.push(...fetchedUrlsInCss(style, `a style attribute of <${tag}>`));
  if (tag === 'style') urls.push(...fetchedUrlsInCss(textOf(element), '<style>'));
  if (
    tag === 'script' &&
    attribute(element, 'src') === undefined &&
    scriptTypes.has((attribute(element, 'type') ?? '').toLowerCase())
  ) {
    urls.push(...fetchedUrlsInJs(textOf(element), 'an inline <script>'));
  }
  return urls;
}

function walk(node: Node, found: FetchedUrl[]): void {
  if (isElement(node)) found.push(...fetchedByElement(node));
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, found);
  if (isElement(node) && node.tagName === 'template' && 'content' in node)
    walk(node.content, found);
}

/**
 * Absolute URLs an HTML page makes the browser fetch: sources of scripts, images, frames and
 * media, stylesheets, preloads, icons and the manifest, CSS in `<style>` and `style=`, inline
 * scripts. Links a reader follows (`<a href>`), canonical and alternate links and metadata
 * (`og:url`, JSON-LD) are not fetched and are left out.
 */
export function fetchedUrlsInHtml(html: string): FetchedUrl[] {
  const found: FetchedUrl[] = [];
  walk(parse(html), found);
  return found;
}
