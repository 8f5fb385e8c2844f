/** What `afterPageLoad` needs of the browser; the real `window` by default. */
export interface PageLoadEvents {
  readonly document: { readonly readyState: DocumentReadyState };
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
  removeEventListener(type: 'load', listener: () => void): void;
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout(callback: () => void, delay: number): number;
  clearTimeout(handle: number): void;
}

/** The longest a deferred load waits for the browser to be idle once the page has loaded. */
export const IDLE_TIMEOUT_MS = 2000;

/**
 * Calls `callback` once the page has loaded and the browser is idle (or after IDLE_TIMEOUT_MS
 * of business), so that code a page needs only later (a quiz's session, the progress store)
 * never competes with what the learner sees first. Returns a cancel function.
 */
export function afterPageLoad(
  callback: () => void,
  events: PageLoadEvents = window as unknown as PageLoadEvents,
): () => void {
  let cancelIdle = () => {};
  const whenIdle = () => {
    if (events.requestIdleCallback) {
      const handle = events.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
      cancelIdle = () => events.cancelIdleCallback?.(handle);
    } else {
      // Browsers without idle callbacks (Safari): the next turn after load.
      const handle = events.setTimeout(callback, 0);
      cancelIdle = () => events.clearTimeout(handle);
    }
  };
  if (events.document.readyState === 'complete') {
    whenIdle();
    return () => cancelIdle();
  }
  events.addEventListener('load', whenIdle, { once: true });
  return () => {
    events.removeEventListener('load', whenIdle);
    cancelIdle();
  };
}
