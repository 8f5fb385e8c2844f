import { describe, expect, it, vi } from 'vitest';
import { fakeWindow } from './__fixtures__/page-load-events';
import { afterPageLoad, IDLE_TIMEOUT_MS } from './after-page-load';

describe('work deferred until after the page has loaded', () => {
  it('waits for the load event, then for an idle moment, with a ceiling', () => {
    const page = fakeWindow('interactive', true);
    const callback = vi.fn();
    afterPageLoad(callback, page.events);

    page.idle();
    expect(callback).not.toHaveBeenCalled();
    page.load();
    expect(callback).not.toHaveBeenCalled();
    expect(page.events.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), {
      timeout: IDLE_TIMEOUT_MS,
    });
    page.idle();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('only waits for idle when the page has already loaded', () => {
    const page = fakeWindow('complete', true);
    const callback = vi.fn();
    afterPageLoad(callback, page.events);

    expect(page.events.addEventListener).not.toHaveBeenCalled();
    page.idle();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('takes the next turn after load where there are no idle callbacks', () => {
    const page = fakeWindow('loading', false);
    const callback = vi.fn();
    afterPageLoad(callback, page.events);
    page.load();
    expect(callback).not.toHaveBeenCalled();
    page.tick();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, before or after the load', () => {
    const before = fakeWindow('loading', true);
    const first = vi.fn();
    afterPageLoad(first, before.events)();
    before.load();
    before.idle();
    expect(first).not.toHaveBeenCalled();
    expect(before.events.removeEventListener).toHaveBeenCalled();

    const after = fakeWindow('complete', true);
    const second = vi.fn();
    afterPageLoad(second, after.events)();
    after.idle();
    expect(second).not.toHaveBeenCalled();
  });
});
