import { describe, expect, it, vi } from 'vitest';
import { createDeferredProgress } from './deferred-progress';
import { emptyProgressDocument } from './document';
import { createProgressStore, type ProgressStore } from './storage';

function memoryStore(): ProgressStore {
  return createProgressStore({ storage: null, events: null });
}

/** A load that the test finishes by hand. */
function pendingLoad() {
  let finish: (store: ProgressStore | null) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const load = vi.fn(
    () =>
      new Promise<ProgressStore | null>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  return {
    load,
    finish: (store: ProgressStore | null) => finish(store),
    fail: (e: unknown) => fail(e),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('progress loaded after the page', () => {
  it('is null until the store arrives, loads nothing before a subscriber, and loads once', async () => {
    const pending = pendingLoad();
    const progress = createDeferredProgress(pending.load);
    expect(progress.getSnapshot()).toBeNull();
    expect(pending.load).not.toHaveBeenCalled();

    const first = vi.fn();
    const second = vi.fn();
    progress.subscribe(first);
    progress.subscribe(second);
    expect(pending.load).toHaveBeenCalledTimes(1);
    expect(progress.getSnapshot()).toBeNull();

    pending.finish(memoryStore());
    await settle();
    expect(progress.getSnapshot()).toEqual(emptyProgressDocument());
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('passes on every change of the store to its subscribers, until they leave', async () => {
    const store = memoryStore();
    const progress = createDeferredProgress(async () => store);
    const listener = vi.fn();
    const leave = progress.subscribe(listener);
    await settle();
    listener.mockClear();

    store.update((document) => ({
      ...document,
      lessons: { ...document.lessons, 'the-meeting': { completedAt: '2026-11-28T00:00:00.000Z' } },
    }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(progress.getSnapshot()?.lessons['the-meeting']).toBeDefined();

    leave();
    store.reset();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(progress.getSnapshot()?.lessons).toEqual({});
  });

  it('reports a failed load, stays null, and tries again for the next subscriber', async () => {
    const pending = pendingLoad();
    const onError = vi.fn();
    const progress = createDeferredProgress(pending.load, onError);
    progress.subscribe(() => {});
    const lost = new Error('chunk lost');
    pending.fail(lost);
    await settle();
    expect(onError).toHaveBeenCalledWith(lost);
    expect(progress.getSnapshot()).toBeNull();

    progress.subscribe(() => {});
    expect(pending.load).toHaveBeenCalledTimes(2);
    pending.finish(memoryStore());
    await settle();
    expect(progress.getSnapshot()).toEqual(emptyProgressDocument());
  });

  it('stays null where there is no store (the server)', async () => {
    const progress = createDeferredProgress(async () => null);
    const listener = vi.fn();
    progress.subscribe(listener);
    await settle();
    expect(progress.getSnapshot()).toBeNull();
    expect(listener).not.toHaveBeenCalled();
  });
});
