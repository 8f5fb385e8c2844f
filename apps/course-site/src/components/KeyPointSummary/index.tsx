import Link from '@docusaurus/Link';
import { type KeyPoint, keyPoint, sentencesCovered } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import { describeSentences, readerHref } from '../../lib/sentence-places';
import styles from './styles.module.css';

interface KeyPointSummaryProps {
  /** Key point ids, in the order the lesson takes them up. */
  readonly ids: readonly string[];
}

function keyPointOrThrow(id: string): KeyPoint {
  const point = keyPoint(id);
  // An unknown id in a lesson must fail the build rather than drop a key point silently.
  if (point === undefined) throw new RangeError(`KeyPointSummary: there is no key point '${id}'.`);
  return point;
}

/** Key points with their summaries, each linked to its evidence in the annotated reader. */
export default function KeyPointSummary({ ids }: KeyPointSummaryProps): ReactNode {
  const points = ids.map(keyPointOrThrow);
  return (
    <ul className={styles.points}>
      {points.map((point) => {
        const evidence = sentencesCovered(point.evidence);
        return (
          <li key={point.id} className={styles.point} data-key-point={point.id}>
            <h3 className={styles.title}>
              <span className={styles.number}>Key point {point.number}:</span> {point.title}
            </h3>
            <p className={styles.summary}>{point.summary}</p>
            <p className={styles.evidence}>
              <Link to={readerHref(evidence)}>
                See the evidence in the annotated reader ({describeSentences(evidence)})
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
