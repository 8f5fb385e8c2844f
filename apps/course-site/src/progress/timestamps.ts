/** Orders ISO timestamps by the instant they name (text order breaks on offsets and precision). */
export function compareTimestamps(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/** The earlier of two ISO timestamps (the first on a tie). */
export function earlierTimestamp(a: string, b: string): string {
  return compareTimestamps(b, a) < 0 ? b : a;
}
