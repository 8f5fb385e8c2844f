import { describe, expect, it, vi } from 'vitest';
import { fakeWindow } from '../lib/__fixtures__/page-load-events';
import { REGISTER_DELAY_MS, registerWhenSettled } from './register-when-settled';

describe('registerWhenSettled', () => {
  it('registers only after the load, an idle period and the delay', async () => {
    const page = fakeWindow('loading', true);
    const register = vi.fn(() => Promise.resolve());

    registerWhenSettled(register, () => {}, page.events);
    page.load();
    expect(page.events.setTimeout).not.toHaveBeenCalled();
    page.idle();
    expect(register).not.toHaveBeenCalled();
    expect(page.events.setTimeout).toHaveBeenCalledWith(expect.any(Function), REGISTER_DELAY_MS);
    page.tick();

    expect(register).toHaveBeenCalledTimes(1);
  });

  it('reports a registration that fails', async () => {
    const page = fakeWindow('loading', true);
    const onError = vi.fn();

    registerWhenSettled(() => Promise.reject(new Error('chunk lost')), onError, page.events);
    page.load();
    page.idle();
    page.tick();
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('chunk lost')));
  });
});
