/** A copy of `items` in an order drawn from `random` (Fisher–Yates). */
export function seededShuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = held;
  }
  return copy;
}

/**
 * A shuffle that never returns the starting order (of two or more items), so that an ordering
 * or a matching is never shown already solved.
 */
export function shuffleAway<T>(items: readonly T[], random: () => number): T[] {
  const shuffled = seededShuffle(items, random);
  const unchanged = shuffled.every((item, index) => item === items[index]);
  return unchanged && items.length > 1 ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}
