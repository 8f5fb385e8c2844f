import { describe, expect, it, vi } from 'vitest';
import { lazily } from './lazily';

describe('a value built on first use', () => {
  it('is not built until asked for, then built once and kept', () => {
    const build = vi.fn(() => ({ built: true }));
    const value = lazily(build);
    expect(build).not.toHaveBeenCalled();

    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps a built undefined too, rather than building again', () => {
    const build = vi.fn(() => undefined);
    const value = lazily(build);
    value();
    value();
    expect(build).toHaveBeenCalledTimes(1);
  });
});
