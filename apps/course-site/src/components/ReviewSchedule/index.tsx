import type { ReactNode } from 'react';
import table from '../../css/data-table.module.css';
import { describeDueDate } from '../../lib/due-date';
import type { KeyPointDue } from '../../progress';
import styles from './styles.module.css';

interface ReviewScheduleProps {
  /** Every scheduled key point, soonest due first. */
  readonly forecast: readonly KeyPointDue[];
  /** The course's key points, to name those not scheduled yet. */
  readonly keyPointIds: readonly string[];
  readonly now: Date;
  readonly titleOf: (keyPointId: string) => string;
}

/** Each scheduled key point's next review, relative ("in 3 days") and as a date. */
export default function ReviewSchedule({
  forecast,
  keyPointIds,
  now,
  titleOf,
}: ReviewScheduleProps): ReactNode {
  const scheduled = new Set(forecast.map((entry) => entry.keyPointId));
  const unscheduled = keyPointIds.filter((id) => !scheduled.has(id));
  if (forecast.length === 0) {
    return (
      <p data-review-schedule="none">
        Nothing is scheduled yet. Finish a lesson’s quiz, and each key point it tests gets a date
        for its first review.
      </p>
    );
  }
  return (
    <>
      <table className={table.table} data-review-schedule="">
        <caption>When each key point is due for review</caption>
        <thead>
          <tr>
            <th scope="col">Key point</th>
            <th scope="col">Due</th>
            <th scope="col">Date</th>
            <th scope="col">Times reviewed</th>
          </tr>
        </thead>
        <tbody>
          {forecast.map((entry) => {
            const due = describeDueDate(entry.due, now);
            return (
              <tr key={entry.keyPointId} data-key-point={entry.keyPointId} data-due={due.isDue}>
                <th scope="row">{titleOf(entry.keyPointId)}</th>
                <td>
                  {due.isDue ? (
                    <>
                      <span className={styles.due}>Due now</span>
                      {due.relative !== 'today' && ` (it was due ${due.relative})`}
                    </>
                  ) : (
                    `Due ${due.relative}`
                  )}
                </td>
                <td>
                  <time dateTime={entry.due}>{due.absolute}</time>
                </td>
                <td className={table.number}>{entry.reps}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {unscheduled.length > 0 && (
        <p>
          Not scheduled yet (no answer so far): {unscheduled.map((id) => titleOf(id)).join('; ')}.
        </p>
      )}
    </>
  );
}
