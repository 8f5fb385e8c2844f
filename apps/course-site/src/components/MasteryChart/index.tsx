import type { ReactNode } from 'react';
import { type KeyPointMastery, MASTERY_RULE } from '../../progress';
import { MASTERY_LEVEL_LABELS, MASTERY_LEVELS, percent } from '../../progress/mastery-labels';
import styles from './styles.module.css';

interface MasteryChartProps {
  readonly mastery: readonly KeyPointMastery[];
  /** The key point's name, as the course shows it. */
  readonly titleOf: (keyPointId: string) => string;
}

/** Where the familiar and proficient score thresholds fall on every bar. */
const thresholds = [MASTERY_RULE.familiarAt, MASTERY_RULE.proficientAt].map(percent);

/**
 * Mastery per key point at a glance: one bar per key point, its length the score and its
 * pattern the level, with the level and score written beside it (never pattern or colour
 * alone). The chart is hidden from assistive technology: the table that follows it carries
 * the same figures.
 */
export default function MasteryChart({ mastery, titleOf }: MasteryChartProps): ReactNode {
  return (
    <div className={styles.chart} aria-hidden="true">
      <ul className={styles.legend}>
        {MASTERY_LEVELS.map((level) => (
          <li key={level} className={styles.legendItem}>
            <span className={`${styles.swatch} ${styles[level]}`} />
            {MASTERY_LEVEL_LABELS[level]}
          </li>
        ))}
      </ul>
      <ol className={styles.rows}>
        {mastery.map((entry) => (
          <li key={entry.keyPointId} className={styles.row} data-level={entry.level}>
            <span className={styles.name}>{titleOf(entry.keyPointId)}</span>
            <span className={styles.track}>
              {thresholds.map((at) => (
                <span key={at} className={styles.threshold} style={{ insetInlineStart: at }} />
              ))}
              {entry.score !== null && (
                <span
                  className={`${styles.bar} ${styles[entry.level]}`}
                  style={{ inlineSize: `max(${percent(entry.score)}, 0.375rem)` }}
                />
              )}
            </span>
            <span className={styles.value}>
              {MASTERY_LEVEL_LABELS[entry.level]}
              {entry.score !== null && ` · ${percent(entry.score)}`}
            </span>
          </li>
        ))}
      </ol>
      <p className={styles.scale}>
        Marks on each bar: {percent(MASTERY_RULE.familiarAt)} (familiar) and{' '}
        {percent(MASTERY_RULE.proficientAt)} (proficient, with more than the score: see the rules
        below the table).
      </p>
    </div>
  );
}
