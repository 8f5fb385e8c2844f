import { describe, expect, it } from 'vitest';
import { canonicalJson, stableHash } from './stable-hash';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined values', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe('stableHash', () => {
  it('ignores key order', () => {
    expect(stableHash({ a: 1, b: [1, 2] })).toBe(stableHash({ b: [1, 2], a: 1 }));
  });

  it('changes with the content', () => {
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
    expect(stableHash(['x', 'y'])).not.toBe(stableHash(['y', 'x']));
  });

  it('writes 14 hex digits', () => {
    expect(stableHash('anything')).toMatch(/^[0-9a-f]{14}$/);
  });
});
