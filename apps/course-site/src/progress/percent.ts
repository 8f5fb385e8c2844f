/** A 0-to-1 fraction as a whole percentage, e.g. `0.333` → `33%`: every score the course shows. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
