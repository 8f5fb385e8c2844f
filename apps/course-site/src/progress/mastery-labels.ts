import { type KeyPointMastery, MASTERY_RULE, type MasteryLevel } from './mastery';
import { percent } from './percent';

export { percent };

/** Mastery levels from least to most, as the chart's legend lists them. */
export const MASTERY_LEVELS: readonly MasteryLevel[] = [
  'not-started',
  'attempted',
  'familiar',
  'proficient',
  'mastered',
];

/** The word for each mastery level, shown wherever a level is: never colour or pattern alone. */
export const MASTERY_LEVEL_LABELS: Readonly<Record<MasteryLevel, string>> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

/** What a key point needs to reach the next level, in words; null once mastered. */
export function nextStep(entry: KeyPointMastery): string | null {
  switch (entry.level) {
    case 'not-started':
      return 'Answer a question on it.';
    case 'attempted':
      return `Answer correctly, to a score of ${percent(MASTERY_RULE.familiarAt)}.`;
    case 'familiar': {
      const needs: string[] = [];
      if (!entry.lessonsOpened) needs.push('open every lesson that teaches it');
      if ((entry.score ?? 0) < MASTERY_RULE.proficientAt)
        needs.push(`raise its score to ${percent(MASTERY_RULE.proficientAt)}`);
      if (entry.correctTypes < MASTERY_RULE.proficientTypes)
        needs.push('answer correctly on another kind of question');
      const [first, ...rest] = needs;
      if (first === undefined) return null;
      const text = [first, ...rest].join('; ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    }
    case 'proficient':
      return 'Answer correctly in a review at least a day after your first correct answer.';
    case 'mastered':
      return null;
  }
}
