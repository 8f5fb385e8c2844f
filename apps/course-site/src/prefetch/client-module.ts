// Every page: Docusaurus's link prefetching, once per route and in idle time (see `routeOnce`),
// each route once the page has loaded and the browser is idle (`afterPageLoad`).
import type { ClientModule } from '@docusaurus/types';
import { afterPageLoad } from '../lib/after-page-load';
import { routeOnce } from './route-once';

let currentPath = '';
let installed = false;

const clientModule: ClientModule = {
  // Called first while the page hydrates, after Docusaurus has mounted `window.docusaurus` and
  // before any link's visibility observer has reported (those report on a later frame).
  onRouteDidUpdate({ location }) {
    currentPath = location.pathname;
    if (installed || typeof window.docusaurus?.prefetch !== 'function') return;
    window.docusaurus = Object.freeze(
      routeOnce(window.docusaurus, () => currentPath, afterPageLoad),
    );
    installed = true;
  },
};

export default clientModule;
