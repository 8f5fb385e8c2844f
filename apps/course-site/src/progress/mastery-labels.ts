import type { MasteryLevel } from './mastery';

/** Mastery levels from least to most, as the chart's legend lists them. */
export const MASTERY_LEVELS: readonly MasteryLevel[] = [
  'not-started',
  'learning',
  'familiar',
  'mastered',
];

/** The word for each mastery level, shown wherever a level is: never colour or pattern alone. */
export const MASTERY_LEVEL_LABELS: Readonly<Record<MasteryLevel, string>> = {
  'not-started': 'Not started',
  learning: 'Learning',
  familiar: 'Familiar',
  mastered: 'Mastered',
};

/** A 0-to-1 score as a whole percentage, e.g. `67%`. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
