/**
 * Mulberry32, a tiny 32-bit seeded PRNG (Tommy Ettinger, public domain): the same seed gives
 * the same sequence on every engine, which is what makes attempts reproducible.
 * Returns a function giving floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string to an unsigned 32-bit integer, used to derive per-question seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The seed of the attempt after the one seeded with `seed`. */
export function nextSeed(seed: number): number {
  return Math.floor(mulberry32(seed ^ 0x9e3779b9)() * 4294967296) >>> 0;
}
