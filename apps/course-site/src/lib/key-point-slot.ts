const KEY_POINT_SLOTS = 12;

/** The colour-and-pattern slot of a key point number: 1 to 12, then round again. */
export function keyPointSlot(number: number): number {
  return ((Math.max(1, number) - 1) % KEY_POINT_SLOTS) + 1;
}
