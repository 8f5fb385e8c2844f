import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Absolute path of the course site's production build. */
export const buildDir = fileURLToPath(new URL('../../../apps/course-site/build', import.meta.url));

/** One HTML page of the build: its URL path and its file, relative to the build folder. */
export interface BuiltPage {
  /** Clean URL path as the site links it, e.g. `/statement` or `/`. */
  readonly path: string;
  /** File inside the build folder, e.g. `statement.html`. */
  readonly file: string;
}

/** The clean URL path Docusaurus (trailingSlash: false) serves a built HTML file at. */
export function pagePathOf(file: string): string {
  const withoutExtension = file.replace(/\\/g, '/').replace(/\.html$/, '');
  const path = withoutExtension === 'index' ? '' : withoutExtension.replace(/\/index$/, '');
  return `/${path}`;
}

/** Every HTML page of the build, 404 included, sorted by path; new pages are picked up by themselves. */
export async function builtPages(root: string = buildDir): Promise<BuiltPage[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const relative = `${entry.parentPath.slice(root.length)}/${entry.name}`.replace(
        /^[\\/]+/,
        '',
      );
      return { path: pagePathOf(relative), file: relative };
    })
    .sort((a, b) => a.path.localeCompare(b.path, 'en'));
}
