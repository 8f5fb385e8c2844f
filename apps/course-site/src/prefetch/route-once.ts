/** Docusaurus's page-fetching helpers, as it mounts them on `window.docusaurus`. */
export type RouteFetching = Window['docusaurus'];

/** What a fetch settles with: Docusaurus's own type (`Promise<void[]>`). */
type Fetched = Awaited<Exclude<ReturnType<RouteFetching['prefetch']>, false>>;

/** Runs a task when the browser has nothing more urgent to do. */
export type WhenIdle = (task: () => void) => void;

/** The route a link leads to: its path without the query or the fragment. */
export function routeOf(target: string): string {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

/**
 * Docusaurus's helpers, made to fetch each route once, and in idle time.
 *
 * A link scrolled into view prefetches the code of the page it leads to, at once, inside the
 * visibility observer's callback: it matches the address against every route and adds a
 * `<link rel=prefetch>` to the head for each chunk of it (about 19 for a lesson, most of them the
 * docs layout's chunks every lesson shares). And it remembers what it fetched by the link's whole
 * address, fragment included, so a lesson's glossary terms, each `/glossary#term`, fetched the
 * glossary's chunks once per term. A page with eight lessons in view (`/progress` on a first
 * visit) did all of it in the tasks that load the page, about 190 head insertions, which is what
 * Lighthouse counts as blocking time.
 *
 * Here every target is reduced to its route; a route is fetched once; the page the learner is on
 * (whose code is loaded) is not fetched at all; and the fetching waits in a queue, one route per
 * idle period (`whenIdle`), so it never lengthens a task the page needs. Hovering or touching a
 * link (`preload`: the learner is about to open it) goes at once, reduced to its route.
 */
export function routeOnce(
  fetching: RouteFetching,
  currentPath: () => string,
  whenIdle: WhenIdle,
): RouteFetching {
  const prefetched = new Set<string>();
  const queue: (() => void)[] = [];
  const next = () => {
    queue.shift()?.();
    if (queue.length > 0) whenIdle(next);
  };
  return {
    prefetch(target) {
      const route = routeOf(target);
      if (route === '' || route === currentPath() || prefetched.has(route)) return false;
      prefetched.add(route);
      return new Promise<Fetched>((resolve, reject) => {
        queue.push(() => {
          const fetched = fetching.prefetch(route);
          if (fetched === false) resolve([]);
          else fetched.then(resolve, reject);
        });
        if (queue.length === 1) whenIdle(next);
      });
    },
    preload(target) {
      const route = routeOf(target);
      return route === '' ? false : fetching.preload(route);
    },
  };
}
