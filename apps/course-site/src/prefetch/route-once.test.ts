import { describe, expect, it } from 'vitest';
import { type RouteFetching, routeOf, routeOnce } from './route-once';

/** Docusaurus's helpers as a log, and an idle queue the test runs by hand. */
function setUp(current = '/lessons/the-meeting') {
  const calls: string[] = [];
  const fetching: RouteFetching = {
    prefetch: (route) => {
      calls.push(`prefetch ${route}`);
      return Promise.resolve([]);
    },
    preload: (route) => {
      calls.push(`preload ${route}`);
      return Promise.resolve([]);
    },
  };
  const idle: (() => void)[] = [];
  let path = current;
  const once = routeOnce(
    fetching,
    () => path,
    (task) => idle.push(task),
  );
  return {
    calls,
    once,
    idle,
    /** Runs one idle period: the task the queue asked for. */
    runIdle: () => idle.shift()?.(),
    goTo: (next: string) => {
      path = next;
    },
  };
}

describe('routeOf', () => {
  it('leaves out the query and the fragment', () => {
    expect(routeOf('/glossary#gsomia')).toBe('/glossary');
    expect(routeOf('/statement?highlight=p3.s1#p3.s1')).toBe('/statement');
    expect(routeOf('/lessons/the-meeting')).toBe('/lessons/the-meeting');
    expect(routeOf('#top')).toBe('');
  });
});

describe('routeOnce', () => {
  it('fetches a route once, however many fragments of it are linked', () => {
    const { calls, once, runIdle } = setUp();

    once.prefetch('/glossary#gsomia');
    once.prefetch('/glossary#tmm');
    once.prefetch('/glossary');
    runIdle();
    runIdle();

    expect(calls).toEqual(['prefetch /glossary']);
  });

  it('waits for idle time, and fetches one route per idle period', () => {
    const { calls, once, idle, runIdle } = setUp();

    once.prefetch('/statement#p1');
    once.prefetch('/glossary#rok');
    once.prefetch('/timeline');

    expect(calls).toEqual([]);
    expect(idle).toHaveLength(1);
    runIdle();
    expect(calls).toEqual(['prefetch /statement']);
    runIdle();
    runIdle();
    expect(calls).toEqual(['prefetch /statement', 'prefetch /glossary', 'prefetch /timeline']);
    expect(idle).toHaveLength(0);
  });

  it('does not fetch the page the learner is on, but does once they have left it', () => {
    const { calls, once, runIdle, goTo } = setUp('/glossary');

    expect(once.prefetch('/glossary#gsomia')).toBe(false);
    goTo('/lessons');
    once.prefetch('/glossary#gsomia');
    runIdle();

    expect(calls).toEqual(['prefetch /glossary']);
  });

  it('answers false for what it does not fetch, and settles when the fetch does', async () => {
    const { once, runIdle } = setUp();

    const first = once.prefetch('/timeline');
    expect(once.prefetch('/timeline#y2023')).toBe(false);
    expect(once.prefetch('#top')).toBe(false);
    runIdle();

    await expect(first).resolves.toEqual([]);
  });

  it('passes a failed fetch on', async () => {
    const idle: (() => void)[] = [];
    const once = routeOnce(
      {
        prefetch: () => Promise.reject(new Error('offline')),
        preload: () => false,
      },
      () => '/',
      (task) => idle.push(task),
    );

    const fetched = once.prefetch('/statement');
    idle.shift()?.();

    await expect(fetched).rejects.toThrow('offline');
  });

  it('preloads a hovered link at once, by its route', () => {
    const { calls, once, idle } = setUp();

    once.preload('/glossary#gsomia');

    expect(calls).toEqual(['preload /glossary']);
    expect(idle).toHaveLength(0);
  });
});
