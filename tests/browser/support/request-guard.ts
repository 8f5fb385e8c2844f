import type { Page } from 'playwright-core';

/** What a page did that the site must never do: reach another host, fail a load, log an error. */
export interface GuardReport {
  /** Requests to anything but the test server's origin, as `METHOD url`. */
  readonly foreignRequests: readonly string[];
  /** Same-origin responses with an error status, as `status url`. */
  readonly failedResponses: readonly string[];
  /** `console.error` messages and uncaught page errors. */
  readonly errors: readonly string[];
}

/** A guard watching one page; `report()` says what it has seen so far. */
export interface RequestGuard {
  report(): GuardReport;
  /** Foreign hosts, failed loads and errors as one readable list; empty when the page behaved. */
  problems(): string[];
}

// Schemes that never leave the page (inline data, object URLs, blank frames).
const localSchemes = new Set(['data:', 'blob:', 'about:']);

/**
 * Watches every request, response, console message and uncaught error of `page`, and aborts
 * requests to any origin other than `origin` so a test never waits on the network.
 */
export async function guardPage(page: Page, origin: string): Promise<RequestGuard> {
  const foreignRequests: { readonly method: string; readonly url: URL }[] = [];
  const failedResponses: string[] = [];
  const errors: string[] = [];
  const isForeign = (url: URL) => !localSchemes.has(url.protocol) && url.origin !== origin;

  page.on('request', (request) => {
    const url = new URL(request.url());
    if (isForeign(url)) foreignRequests.push({ method: request.method(), url });
  });
  page.on('websocket', (socket) => {
    const url = new URL(socket.url());
    if (isForeign(url)) foreignRequests.push({ method: 'WEBSOCKET', url });
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isForeign(new URL(response.url()))) {
      failedResponses.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => {
    errors.push(`uncaught ${error.name}: ${error.message}`);
  });
  await page.route(
    (url) => isForeign(url),
    (route) => route.abort('blockedbyclient'),
  );

  const report = (): GuardReport => ({
    foreignRequests: foreignRequests.map(({ method, url }) => `${method} ${url.href}`),
    failedResponses: [...failedResponses],
    errors: [...errors],
  });
  return {
    report,
    problems: () => {
      const { foreignRequests: foreign, failedResponses: failed, errors: logged } = report();
      const hosts = [...new Set(foreignRequests.map(({ url }) => url.host))];
      return [
        ...(hosts.length > 0 ? [`requests to foreign hosts: ${hosts.join(', ')}`] : []),
        ...foreign.map((line) => `foreign request: ${line}`),
        ...failed.map((line) => `failed response: ${line}`),
        ...logged,
      ];
    },
  };
}
