import { vi } from 'vitest';
import type { PageLoadEvents } from '../after-page-load';

/**
 * A window for `afterPageLoad` and what builds on it: a document in `readyState`, with idle
 * callbacks or without (Safari), whose load, idle periods and timers the test runs by hand.
 * Every method is a spy.
 */
export function fakeWindow(readyState: DocumentReadyState, idle: boolean) {
  let onLoad: (() => void) | undefined;
  const idleCallbacks: (() => void)[] = [];
  const timeouts: (() => void)[] = [];
  const events: PageLoadEvents = {
    document: { readyState },
    addEventListener: vi.fn((_type, listener) => {
      onLoad = listener;
    }),
    removeEventListener: vi.fn(() => {
      onLoad = undefined;
    }),
    ...(idle
      ? {
          requestIdleCallback: vi.fn((callback: () => void) => idleCallbacks.push(callback)),
          cancelIdleCallback: vi.fn((handle: number) => {
            idleCallbacks.splice(handle - 1, 1);
          }),
        }
      : {}),
    setTimeout: vi.fn((callback: () => void) => timeouts.push(callback)),
    clearTimeout: vi.fn(),
  };
  return {
    events,
    load: () => onLoad?.(),
    idle: () => {
      for (const callback of idleCallbacks.splice(0)) callback();
    },
    tick: () => {
      for (const callback of timeouts.splice(0)) callback();
    },
  };
}
