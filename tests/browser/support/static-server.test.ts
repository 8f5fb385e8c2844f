import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypeOf,
  isCompressible,
  type StaticServer,
  startStaticServer,
} from './static-server';

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      })
        .on('error', reject)
        .end();
    },
  );
}

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

describe('the static server with compression, as a production host serves', () => {
  let root: string;
  let server: StaticServer;
  let plain: StaticServer;
  const script = `console.log(${JSON.stringify('a line of the bundle '.repeat(200))});`;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tmm-static-server-gzip-'));
    await writeFile(join(root, 'index.html'), '<h1>home</h1>');
    await writeFile(join(root, 'main.js'), script);
    await writeFile(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    server = await startStaticServer(root, { compress: true });
    plain = await startStaticServer(root);
  });

  afterAll(async () => {
    await Promise.all([server.close(), plain.close()]);
    await rm(root, { recursive: true, force: true });
  });

  it('gzips text for a client that accepts gzip, and the bytes unzip to the file', async () => {
    const response = await rawGet(`${server.url}/main.js`, { 'accept-encoding': 'gzip, br' });

    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('accept-encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.byteLength);
    expect(response.body.byteLength).toBeLessThan(script.length / 10);
    expect(gunzipSync(response.body).toString('utf8')).toBe(script);
  });

  it('sends the file as it is to a client that does not accept gzip, or refuses it', async () => {
    const refusals: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'gzip;q=0' },
    ];
    for (const headers of refusals) {
      const response = await rawGet(`${server.url}/main.js`, headers);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.toString('utf8')).toBe(script);
    }
  });

  it('leaves images and other binary files alone', async () => {
    const response = await rawGet(`${server.url}/logo.png`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });

  it('never compresses unless asked to', async () => {
    const response = await rawGet(`${plain.url}/main.js`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString('utf8')).toBe(script);
  });

  it('counts text, scripts, JSON and SVG as compressible, and fonts and images not', () => {
    for (const name of ['a.html', 'a.js', 'a.css', 'a.json', 'a.svg', 'a.xml', 'a.webmanifest']) {
      expect(isCompressible(contentTypeOf(name)), name).toBe(true);
    }
    for (const name of ['a.png', 'a.woff2', 'a.ico', 'a.pdf', 'a.unknown']) {
      expect(isCompressible(contentTypeOf(name)), name).toBe(false);
    }
  });
});
