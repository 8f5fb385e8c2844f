import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, pagePathOf } from './site-build';

describe('the pages of a site build', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tmm-site-build-'));
    await mkdir(join(root, 'lessons', 'reading'), { recursive: true });
    await mkdir(join(root, 'assets', 'css'), { recursive: true });
    await writeFile(join(root, 'index.html'), '');
    await writeFile(join(root, '404.html'), '');
    await writeFile(join(root, 'statement.html'), '');
    await writeFile(join(root, 'lessons.html'), '');
    await writeFile(join(root, 'lessons', 'reading', 'index.html'), '');
    await writeFile(join(root, 'assets', 'css', 'styles.css'), '');
    await writeFile(join(root, 'sitemap.xml'), '');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('maps built files to the clean URLs Docusaurus links to', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('statement.html')).toBe('/statement');
    expect(pagePathOf('lessons/first-reading.html')).toBe('/lessons/first-reading');
    expect(pagePathOf('lessons/reading/index.html')).toBe('/lessons/reading');
  });

  it('finds every HTML file, nested ones and 404 included, and nothing else', async () => {
    expect(await builtPages(root)).toEqual([
      { path: '/', file: 'index.html' },
      { path: '/404', file: '404.html' },
      { path: '/lessons', file: 'lessons.html' },
      { path: '/lessons/reading', file: 'lessons/reading/index.html' },
      { path: '/statement', file: 'statement.html' },
    ]);
  });
});
