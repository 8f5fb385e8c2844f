import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipBuffer = promisify(gzip);

/** A static server listening on 127.0.0.1. */
export interface StaticServer {
  /** Origin of the server, e.g. `http://127.0.0.1:41234`, without a trailing slash. */
  readonly url: string;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
};

/** How the server answers. */
export interface StaticServerOptions {
  /**
   * Gzip text (HTML, JavaScript, CSS, JSON, SVG…) for clients that accept it, as production
   * static hosts do. Off by default: the tests read exactly the bytes on disk.
   */
  readonly compress?: boolean;
}

/** True for content types a host would compress: text, JavaScript, JSON, XML and SVG. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/.test(contentType);
}

function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers['accept-encoding'];
  return (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').some((coding) => {
    const [name, ...parameters] = coding.trim().toLowerCase().split(';');
    return name === 'gzip' && !parameters.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

/** The content type the server sends for a file name; unknown extensions are octet streams. */
export function contentTypeOf(fileName: string): string {
  return contentTypes[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a URL path names inside `root`, the way Docusaurus with `trailingSlash: false`
 * lays out its build: `/statement` is `statement.html` (or `statement/index.html`), `/` is
 * `index.html`. Returns undefined when no file matches or the path escapes the root.
 */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const target = resolve(base, `.${decoded}`);
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  const candidates = decoded.endsWith('/')
    ? [join(target, 'index.html')]
    : [target, `${target}.html`, join(target, 'index.html')];
  for (const candidate of candidates) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

async function respond(
  root: string,
  options: StaticServerOptions,
  gzipped: Map<string, Promise<Buffer>>,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  const file = await resolveFile(root, pathname);
  if (file === undefined) {
    const notFoundPage = join(root, '404.html');
    const hasNotFoundPage = await isFile(notFoundPage);
    const body = hasNotFoundPage ? await readFile(notFoundPage) : Buffer.from('Not found', 'utf8');
    response.writeHead(404, {
      'content-type': hasNotFoundPage ? contentTypeOf(notFoundPage) : 'text/plain; charset=utf-8',
      'content-length': body.byteLength,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  const contentType = contentTypeOf(file);
  const compressible = options.compress === true && isCompressible(contentType);
  // The answer depends on Accept-Encoding for compressible files, so caches must know.
  const vary = compressible ? { vary: 'accept-encoding' } : {};
  if (compressible && acceptsGzip(request)) {
    // Compressed once per file: a run loads the same files many times.
    let body = gzipped.get(file);
    if (body === undefined) {
      body = readFile(file).then((bytes) => gzipBuffer(bytes));
      gzipped.set(file, body);
    }
    const bytes = await body;
    response.writeHead(200, {
      'content-type': contentType,
      'content-encoding': 'gzip',
      'content-length': bytes.byteLength,
      'cache-control': 'no-store',
      ...vary,
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
    return;
  }
  const { size } = await stat(file);
  response.writeHead(200, {
    'content-type': contentType,
    'content-length': size,
    'cache-control': 'no-store',
    ...vary,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** Serves the files under `root` on 127.0.0.1 at a free port. */
export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const gzipped = new Map<string, Promise<Buffer>>();
  const server = createServer((request, response) => {
    respond(root, options, gzipped, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`The static server did not report a TCP port: ${String(address)}`);
  }
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
