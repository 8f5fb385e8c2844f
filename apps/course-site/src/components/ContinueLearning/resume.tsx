import Link from '@docusaurus/Link';
import { keyPoint, keyPoints } from '@tmm/statement-content';
import { type ReactNode, useId, useMemo } from 'react';
import {
  type CourseIndex,
  courseIndexSchema,
  PROGRESS_PATH,
} from '../../../plugins/progress/contract';
import type { Lesson } from '../../../plugins/quizzes/contract';
import { REVIEW_QUIZ_ID } from '../../../shared/reserved-quiz-ids';
import { useNow } from '../../lib/use-now';
import { dueKeyPoints, lessonProgress, useProgress } from '../../progress';
import styles from './styles.module.css';
import { hasStarted, quizzesToResume } from './where-left-off';

const keyPointIds = keyPoints().map((point) => point.id);

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en', { dateStyle: 'long' });
}

const lessonName = (lesson: Lesson) => `lesson ${lesson.number}, “${lesson.title}”`;

interface ResumeProps {
  /** The progress plugin's course module, parsed here. */
  readonly course: unknown;
  /** What a learner who has not started is shown. */
  readonly fallback: ReactNode;
}

/** Where a returning learner left off: the next lesson, quizzes to resume, reviews due. */
export default function Resume({ course: courseModule, fallback }: ResumeProps): ReactNode {
  const course: CourseIndex = useMemo(
    () => courseIndexSchema().parse(courseModule),
    [courseModule],
  );
  const progress = useProgress();
  const now = useNow();
  const headingId = useId();
  if (!hasStarted(progress) || now === null) return fallback;

  const { completed, total, next } = lessonProgress(
    course.lessons.map((lesson) => lesson.id),
    progress,
  );
  const nextLesson = course.lessons.find((lesson) => lesson.id === next);
  const resumable = quizzesToResume(progress, course.lessons);
  const offered = new Set(course.questions.flatMap((question) => question.keyPointIds));
  const due = dueKeyPoints(progress, now, keyPointIds).filter((entry) =>
    offered.has(entry.keyPointId),
  );
  const reviewBegun = progress.snapshots[REVIEW_QUIZ_ID] !== undefined;

  return (
    <section className={styles.panel} aria-labelledby={headingId} data-continue="">
      <h2 id={headingId} className={styles.heading}>
        Continue where you left off
      </h2>
      <p data-continue-lessons="">
        You have completed {completed.length} of {total} lessons.
      </p>
      <ul className={styles.list}>
        {nextLesson ? (
          <li data-continue-next={nextLesson.id}>
            <Link className="button button--primary" to={nextLesson.permalink}>
              Next: {lessonName(nextLesson)}
            </Link>
          </li>
        ) : (
          <li>You have completed every lesson.</li>
        )}
        {resumable.map(({ quizId, lesson, savedAt }) => (
          <li key={quizId} data-continue-quiz={quizId}>
            <Link to={`${lesson.permalink}#quiz-${quizId}-title`}>
              Resume the quiz of {lessonName(lesson)}
            </Link>
            , saved on {formatDay(savedAt)}
          </li>
        ))}
        {(due.length > 0 || reviewBegun) && (
          <li data-continue-reviews={due.length}>
            <Link to={`${PROGRESS_PATH}#review`}>
              {due.length === 0
                ? 'Finish the review you began'
                : due.length === 1
                  ? '1 key point is due for review'
                  : `${due.length} key points are due for review`}
            </Link>
            {due.length > 0 &&
              `: ${due.map((entry) => keyPoint(entry.keyPointId)?.title ?? entry.keyPointId).join('; ')}`}
            .
          </li>
        )}
      </ul>
    </section>
  );
}
