import type { ConfidenceLevel } from '../answer';

/**
 * Moodle's certainty-based marking scale: marks for a right and a wrong answer at each
 * confidence level. High confidence pays most when right and costs most when wrong, so
 * the best strategy is to report one's true confidence.
 */
export const CERTAINTY_SCALE: Readonly<
  Record<ConfidenceLevel, { readonly right: number; readonly wrong: number }>
> = {
  1: { right: 1, wrong: 0 },
  2: { right: 2, wrong: -2 },
  3: { right: 3, wrong: -6 },
};

/**
 * The certainty-based mark (between -6 and 3) for a fraction of credit at a confidence level:
 * partial credit interpolates linearly between the wrong and the right mark.
 */
export function certaintyMark(fraction: number, level: ConfidenceLevel): number {
  const { right, wrong } = CERTAINTY_SCALE[level];
  return wrong + fraction * (right - wrong);
}
