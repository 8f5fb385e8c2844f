import { describe, expect, it, vi } from 'vitest';
import type { PageLoadEvents } from '../lib/after-page-load';
import { REGISTER_DELAY_MS, registerWhenSettled } from './register-when-settled';

/** A page still loading, with an idle queue and timers the test runs by hand. */
function loadingPage() {
  let onLoad: (() => void) | undefined;
  const idle: (() => void)[] = [];
  const timers: { callback: () => void; delay: number }[] = [];
  const events: PageLoadEvents = {
    document: { readyState: 'loading' },
    addEventListener: (_type, listener) => {
      onLoad = listener;
    },
    removeEventListener: () => {},
    requestIdleCallback: (callback) => idle.push(callback),
    cancelIdleCallback: () => {},
    setTimeout: (callback, delay) => timers.push({ callback, delay }),
    clearTimeout: () => {},
  };
  return { events, idle, timers, load: () => onLoad?.() };
}

describe('registerWhenSettled', () => {
  it('registers only after the load, an idle period and the delay', async () => {
    const page = loadingPage();
    const register = vi.fn(() => Promise.resolve());

    registerWhenSettled(register, () => {}, page.events);
    page.load();
    expect(page.timers).toEqual([]);
    page.idle.shift()?.();
    expect(register).not.toHaveBeenCalled();
    expect(page.timers.map((timer) => timer.delay)).toEqual([REGISTER_DELAY_MS]);
    page.timers.shift()?.callback();

    expect(register).toHaveBeenCalledTimes(1);
  });

  it('reports a registration that fails', async () => {
    const page = loadingPage();
    const onError = vi.fn();

    registerWhenSettled(() => Promise.reject(new Error('chunk lost')), onError, page.events);
    page.load();
    page.idle.shift()?.();
    page.timers.shift()?.callback();
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('chunk lost')));
  });
});
