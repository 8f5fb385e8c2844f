// Every page: Docusaurus's link prefetching, once per route and in idle time (see `routeOnce`).
import type { ClientModule } from '@docusaurus/types';
import { routeOnce, type WhenIdle } from './route-once';

/** The longest a prefetch waits for an idle period. */
const IDLE_TIMEOUT_MS = 5000;

const whenIdle: WhenIdle = (task) => {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  } else {
    // Browsers without idle callbacks (Safari): a later turn.
    window.setTimeout(task, 50);
  }
};

let currentPath = '';
let installed = false;

const clientModule: ClientModule = {
  // Called first while the page hydrates, after Docusaurus has mounted `window.docusaurus` and
  // before any link's visibility observer has reported (those report on a later frame).
  onRouteDidUpdate({ location }) {
    currentPath = location.pathname;
    if (installed || typeof window.docusaurus?.prefetch !== 'function') return;
    window.docusaurus = Object.freeze(routeOnce(window.docusaurus, () => currentPath, whenIdle));
    installed = true;
  },
};

export default clientModule;
