// The service worker's registration, held until the page has settled. @docusaurus/plugin-pwa's
// own module (its `swRegister`, turned off in the config) registers the worker on `load`, and the
// worker's install then downloads and caches the whole build (every page and chunk, about 0.9 MB
// gzip) while the page is still starting its quiz, its progress and its search: on a phone that
// is the same few cores and the same connection. Lighthouse measured a lesson at a total blocking
// time of 650 to 900 ms with the worker registering at load, and about 250 ms without a worker.
// So the plugin's module is fetched and run once the page has loaded, the browser has been idle,
// and a few seconds more have passed: the first visit is for the page being read, and the
// offline copy follows in the background.
import { afterPageLoad, type PageLoadEvents } from '../lib/after-page-load';

/** How long after the page has loaded and gone idle the offline copy starts downloading. */
export const REGISTER_DELAY_MS = 3000;

/**
 * Calls `register` once the page has loaded and gone idle (`afterPageLoad`), and
 * REGISTER_DELAY_MS later; a failure is reported to `onError`.
 */
export function registerWhenSettled(
  register: () => Promise<unknown>,
  onError: (error: unknown) => void,
  events: PageLoadEvents = window as unknown as PageLoadEvents,
): void {
  afterPageLoad(() => {
    events.setTimeout(() => {
      register().catch(onError);
    }, REGISTER_DELAY_MS);
  }, events);
}

if (typeof window !== 'undefined' && 'serviceWorker' in navigator) {
  registerWhenSettled(
    () => import('@docusaurus/plugin-pwa/lib/registerSw.js'),
    (error) => console.error('The offline copy of the course could not be set up:', error),
  );
}
