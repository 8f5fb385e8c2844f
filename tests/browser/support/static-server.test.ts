import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, type StaticServer, startStaticServer } from './static-server';

describe('the static server for the built site', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    // A miniature of the layout Docusaurus emits with trailingSlash: false.
    root = await mkdtemp(join(tmpdir(), 'tmm-static-server-'));
    await mkdir(join(root, 'lessons'), { recursive: true });
    await mkdir(join(root, 'assets', 'js'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<h1>home</h1>');
    await writeFile(join(root, '404.html'), '<h1>not found</h1>');
    await writeFile(join(root, 'statement.html'), '<h1>statement</h1>');
    await writeFile(join(root, 'lessons.html'), '<h1>lessons</h1>');
    await writeFile(join(root, 'lessons', 'first-lesson.html'), '<h1>first lesson</h1>');
    await mkdir(join(root, 'glossary'));
    await writeFile(join(root, 'glossary', 'index.html'), '<h1>glossary</h1>');
    await writeFile(join(root, 'assets', 'js', 'main.0a1b.js'), 'console.log(1)');
    server = await startStaticServer(root);
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  async function get(path: string) {
    const response = await fetch(`${server.url}${path}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  }

  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves index.html at the root', async () => {
    expect(await get('/')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<h1>home</h1>',
    });
  });

  it('serves a clean URL from the .html file of the same name', async () => {
    expect((await get('/statement')).body).toBe('<h1>statement</h1>');
    expect((await get('/lessons')).body).toBe('<h1>lessons</h1>');
    expect((await get('/lessons/first-lesson')).body).toBe('<h1>first lesson</h1>');
  });

  it('serves a clean URL from a folder index.html when there is no .html file', async () => {
    expect((await get('/glossary')).body).toBe('<h1>glossary</h1>');
  });

  it('ignores the query string', async () => {
    expect((await get('/statement?from=home')).body).toBe('<h1>statement</h1>');
  });

  it('sends scripts with a JavaScript content type', async () => {
    const script = await get('/assets/js/main.0a1b.js');

    expect(script.status).toBe(200);
    expect(script.type).toBe('text/javascript; charset=utf-8');
  });

  it('answers an unknown path with status 404 and the body of 404.html', async () => {
    expect(await get('/no-such-page')).toEqual({
      status: 404,
      type: 'text/html; charset=utf-8',
      body: '<h1>not found</h1>',
    });
  });

  it('does not serve files outside its root', async () => {
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  it('names content types by extension, falling back to octet-stream', () => {
    expect(contentTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
