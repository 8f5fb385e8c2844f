import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProgressDocument } from './document';
import { browserProgressStore } from './use-progress';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page’s progress store', () => {
  it('does not exist on the server, where storage is never touched', () => {
    const touched = vi.fn(() => {
      throw new Error('localStorage read on the server');
    });
    Object.defineProperty(globalThis, 'localStorage', { get: touched, configurable: true });

    const store = browserProgressStore();
    Reflect.deleteProperty(globalThis, 'localStorage');

    expect(store).toBeNull();
    expect(touched).not.toHaveBeenCalled();
  });

  it('is made once in a browser, over localStorage', () => {
    const items = new Map<string, string>();
    vi.stubGlobal('window', { addEventListener: vi.fn(), removeEventListener: vi.fn() });
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
      removeItem: (key: string) => items.delete(key),
      key: (index: number) => [...items.keys()][index] ?? null,
      get length() {
        return items.size;
      },
    });

    const store = browserProgressStore();

    expect(store).not.toBeNull();
    expect(browserProgressStore()).toBe(store);
    expect(store?.getSnapshot()).toEqual(emptyProgressDocument());
    expect(store?.isMemoryOnly()).toBe(false);
  });
});
