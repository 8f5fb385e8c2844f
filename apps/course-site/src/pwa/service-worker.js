// Runs inside the service worker of @docusaurus/plugin-pwa (its `swCustom` module), before the
// plugin's own fetch handler. The plugin looks a page up in its precache as `/statement` and
// `/statement/index.html`; this site (`trailingSlash: false`) builds `/statement` as
// `statement.html`, so without this every page but the home page would miss the precache and
// fail offline. Plain JavaScript: the plugin compiles only `.js` files into its worker.

/** The precached file of a clean page URL: `/lessons/the-meeting` is `lessons/the-meeting.html`. */
function pageFileOf(url) {
  if (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
  return `${url.origin}${url.pathname}.html`;
}

/** The precache's copy of `file`, whatever revision it was stored under. */
function precached(file) {
  return caches.match(file, { ignoreSearch: true });
}

/**
 * Answers page loads from the precache, cache first as the plugin does for every other file;
 * a page that is not there comes from the network, and when the network is off too, the
 * course's own "page not found".
 */
export default function serveCleanUrls(params) {
  if (!params.offlineMode) return;
  self.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET' || request.mode !== 'navigate') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    const file = pageFileOf(url);
    if (file === undefined) return;
    event.respondWith(
      precached(file).then(
        (cached) =>
          cached ??
          fetch(request).catch(() =>
            precached(`${url.origin}/404.html`).then((notFound) => notFound ?? Response.error()),
          ),
      ),
    );
  });
}
