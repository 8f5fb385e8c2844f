import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { KeyPoint } from '@tmm/statement-content';
import clsx from 'clsx';
import { type ReactNode, useState } from 'react';
import { keyPointSlot } from '../../lib/key-point-slot';
import styles from './styles.module.css';

interface KeyPointLegendProps {
  readonly keyPoints: readonly KeyPoint[];
  readonly shown: boolean;
  /** The key point shown alone, or null for all. */
  readonly only: string | null;
  readonly onShownChange: (shown: boolean) => void;
  readonly onOnlyChange: (only: string | null) => void;
}

/**
 * The switch that highlights the evidence for the statement's key points, and the legend that
 * numbers them: each with its colour and line pattern, and a button to show it alone.
 */
export default function KeyPointLegend({
  keyPoints,
  shown,
  only,
  onShownChange,
  onOnlyChange,
}: KeyPointLegendProps): ReactNode {
  const { collectAnchor } = useBrokenLinks();
  for (const keyPoint of keyPoints) collectAnchor(`key-point-${keyPoint.id}`);
  const [legendOpen, setLegendOpen] = useState(false);
  return (
    <section className={styles.legend} aria-labelledby="key-points">
      <h2 id="key-points" className={styles.heading}>
        Key points
      </h2>
      <p className={styles.intro}>
        The statement's main commitments, and the words that are the evidence for each.
      </p>
      <button
        type="button"
        className={clsx('button', shown ? 'button--primary' : 'button--secondary', styles.toggle)}
        aria-pressed={shown}
        onClick={() => {
          onShownChange(!shown);
          if (shown) onOnlyChange(null);
          else setLegendOpen(true);
        }}
      >
        Highlight key points
        <span aria-hidden="true" className={styles.state}>
          {shown ? 'On' : 'Off'}
        </span>
      </button>
      <details
        className={styles.details}
        open={legendOpen}
        onToggle={(event) => setLegendOpen(event.currentTarget.open)}
      >
        <summary className={styles.summary}>Legend: the {keyPoints.length} key points</summary>
        <p className={styles.intro}>
          Every key point has its own number, colour and line pattern, and each paragraph lists the
          key points it supports.
        </p>
        <ol className={styles.list}>
          {keyPoints.map((keyPoint) => {
            const { number } = keyPoint;
            const alone = shown && only === keyPoint.id;
            return (
              <li
                key={keyPoint.id}
                id={`key-point-${keyPoint.id}`}
                className={clsx(styles.item, shown && only !== null && !alone && styles.dimmed)}
              >
                <span className={`kp-swatch kp-slot-${keyPointSlot(number)}`}>{number}</span>
                <div className={styles.text}>
                  <p className={styles.title}>{keyPoint.title}</p>
                  <p className={styles.summaryText}>{keyPoint.summary}</p>
                </div>
                <button
                  type="button"
                  className={clsx(
                    'button button--sm button--primary',
                    !alone && 'button--outline',
                    styles.only,
                  )}
                  aria-pressed={alone}
                  onClick={() => {
                    onOnlyChange(alone ? null : keyPoint.id);
                    onShownChange(true);
                  }}
                >
                  {alone ? <span aria-hidden="true">✓ </span> : null}
                  Show only<span className="sr-only"> key point {number}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
