import type { Anchored, KeyPoint } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import { keyPointSlot } from '../../lib/key-point-slot';
import styles from './styles.module.css';

interface ParagraphKeyPointsProps {
  readonly anchored: readonly Anchored<KeyPoint>[];
}

/** Names, by number and title, the key points a paragraph gives evidence for. */
export default function ParagraphKeyPoints({ anchored }: ParagraphKeyPointsProps): ReactNode {
  if (anchored.length === 0) return null;
  return (
    <p className={styles.keyPoints}>
      <span className={styles.label}>Key points here:</span>{' '}
      {anchored.map(({ annotation }, index) => {
        const { number } = annotation;
        return (
          <span key={annotation.id}>
            {index > 0 ? ', ' : null}
            <a href={`#key-point-${annotation.id}`} className={styles.link}>
              <span className={`kp-swatch kp-slot-${keyPointSlot(number)}`}>{number}</span>{' '}
              {annotation.title}
            </a>
          </span>
        );
      })}
    </p>
  );
}
