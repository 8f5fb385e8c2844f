import { useSyncExternalStore } from 'react';
import { afterPageLoad } from '../lib/after-page-load';
import { createLazyModule } from '../lib/lazy-module';
// Types only: this module is in every page's main bundle, and the store (with its schema
// validation) must not be. The store's code arrives in its own chunk, after the page is up.
import type { ProgressDocument } from './document';
import type { ProgressStore } from './storage';

/** A progress document read through a store whose code is loaded on first use. */
export interface DeferredProgress {
  /** Starts loading the store (once) and calls `listener` when it arrives and on every change. */
  subscribe(listener: () => void): () => void;
  /** The document, or null until the store has loaded (and always on the server). */
  getSnapshot(): ProgressDocument | null;
}

/**
 * Progress for page furniture that shows on every page (sidebar check marks, the introduction's
 * list): it waits for `loadStore`, loaded as a lazy module (`createLazyModule`: once at a time,
 * again after a failure) the first time anything subscribes. A failed load (a chunk lost to the
 * network) leaves the document null, is reported to `onError`, and is tried again by the next
 * subscriber.
 */
export function createDeferredProgress(
  loadStore: () => Promise<ProgressStore | null>,
  onError: (error: unknown) => void = () => {},
): DeferredProgress {
  const store = createLazyModule(loadStore);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  store.subscribe(() => {
    const state = store.getState();
    if (state.status === 'failed') onError(state.error);
    // A lazy module becomes ready once, so the store is subscribed to once.
    if (state.status === 'ready' && state.value !== null) {
      state.value.subscribe(notify);
      notify();
    }
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      store.load();
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot() {
      const state = store.getState();
      return state.status === 'ready' ? (state.value?.getSnapshot() ?? null) : null;
    },
  };
}

const pageProgress = createDeferredProgress(
  () =>
    new Promise<void>((resolve) => afterPageLoad(resolve))
      .then(() => import('./use-progress'))
      .then((module) => module.browserProgressStore()),
  (error) => console.error('The saved progress could not be loaded:', error),
);
const noProgress = (): null => null;

/**
 * The learner's progress for what every page shows; null on the server, until hydration and
 * until the store's code has loaded (once the page has loaded and the browser is idle). The
 * same store as `useProgress`, loaded later.
 */
export function useDeferredProgress(): ProgressDocument | null {
  return useSyncExternalStore(pageProgress.subscribe, pageProgress.getSnapshot, noProgress);
}
