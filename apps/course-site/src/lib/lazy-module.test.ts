import { describe, expect, it, vi } from 'vitest';
import { createLazyModule } from './lazy-module';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a module loaded on demand', () => {
  it('is idle until asked for, then loading, then ready with its value; it loads once', async () => {
    const load = vi.fn(async () => 'the session');
    const module = createLazyModule(load);
    const listener = vi.fn();
    module.subscribe(listener);
    expect(module.getState()).toEqual({ status: 'idle' });
    expect(load).not.toHaveBeenCalled();

    module.load();
    module.load();
    expect(module.getState()).toEqual({ status: 'loading' });
    await settle();
    module.load();

    expect(module.getState()).toEqual({ status: 'ready', value: 'the session' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('reports a failed load as a state, and loads again when asked', async () => {
    const lost = new Error('Loading chunk 42 failed.');
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(lost)
      .mockResolvedValueOnce('the session');
    const module = createLazyModule(load);

    module.load();
    await settle();
    expect(module.getState()).toEqual({ status: 'failed', error: lost });

    module.load();
    expect(module.getState()).toEqual({ status: 'loading' });
    await settle();
    expect(module.getState()).toEqual({ status: 'ready', value: 'the session' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stops telling a listener that has left', async () => {
    const module = createLazyModule(async () => 1);
    const listener = vi.fn();
    const leave = module.subscribe(listener);
    leave();
    module.load();
    await settle();
    expect(listener).not.toHaveBeenCalled();
    expect(module.getState()).toEqual({ status: 'ready', value: 1 });
  });
});
