/** The value, or a thrown error naming what was missing; for narrowing after a lookup. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing: ${what}`);
  return value;
}
