import { startTransition, useCallback, useEffect, useState } from 'react';
import { afterPageLoad } from './after-page-load';

/** Where loading a module stands. */
export type LazyModuleState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

/** A module (or any value) loaded on demand, once, with a retry after a failure. */
export interface LazyModule<T> {
  getState(): LazyModuleState<T>;
  /** Starts loading unless it is loading or loaded; after a failure, tries again. */
  load(): void;
  subscribe(listener: () => void): () => void;
}

const IDLE = { status: 'idle' } as const;
const LOADING = { status: 'loading' } as const;

/**
 * Wraps a dynamic `import()` so that code a page needs only after it is up (a quiz's session,
 * the progress notices) arrives in its own chunk, and so that a chunk lost to the network is a
 * state to show and retry, not a crash of the page.
 */
export function createLazyModule<T>(loadValue: () => Promise<T>): LazyModule<T> {
  let state: LazyModuleState<T> = IDLE;
  const listeners = new Set<() => void>();
  const set = (next: LazyModuleState<T>) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getState: () => state,
    load() {
      if (state.status === 'loading' || state.status === 'ready') return;
      set(LOADING);
      loadValue().then(
        (value) => set({ status: 'ready', value }),
        (error: unknown) => set({ status: 'failed', error }),
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * The state of `module`, loading it once `enabled` (after hydration, say) and the page has
 * loaded and the browser is idle. Idle on the server and during hydration, so server HTML and
 * the first client render agree; already there when a page opened later finds it loaded.
 * `retry` loads at once.
 *
 * A change of state re-renders as a transition, which React splits into short tasks: what the
 * module brings (a whole quiz session, say) is mounted without blocking input for its length.
 */
export function useLazyModule<T>(
  module: LazyModule<T>,
  enabled: boolean,
): LazyModuleState<T> & { readonly retry: () => void } {
  const [state, setState] = useState<LazyModuleState<T>>(() =>
    enabled ? module.getState() : IDLE,
  );
  useEffect(() => {
    const update = () => {
      const next = module.getState();
      startTransition(() => setState(next));
    };
    update();
    return module.subscribe(update);
  }, [module]);
  useEffect(() => {
    if (enabled) return afterPageLoad(() => module.load());
  }, [module, enabled]);
  const retry = useCallback(() => module.load(), [module]);
  return { ...state, retry };
}
