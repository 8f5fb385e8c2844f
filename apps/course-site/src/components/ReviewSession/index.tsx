import { type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type CourseIndex,
  type ReviewPool,
  reviewPoolSchema,
} from '../../../plugins/progress/contract';
import { describeDueDate } from '../../lib/due-date';
import {
  dueKeyPoints,
  type ProgressDocument,
  type ReviewQuiz,
  reviewForecast,
  reviewQuiz,
  reviewSession,
} from '../../progress';
import QuizPlayer from '../QuizPlayer';
import styles from './styles.module.css';

interface ReviewSessionProps {
  readonly course: CourseIndex;
  readonly progress: ProgressDocument;
  readonly keyPointIds: readonly string[];
  readonly now: Date;
  readonly titleOf: (keyPointId: string) => string;
}

type Session =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly review: ReviewQuiz }
  | { readonly state: 'failed'; readonly message: string };

let pool: Promise<ReviewPool> | null = null;

/** The course quizzes, loaded the first time a review starts (they are not in the page). */
function loadReviewPool(): Promise<ReviewPool> {
  pool ??= import('@generated/tmm-progress/default/review-pool.json').then((module) =>
    reviewPoolSchema().parse(module.default),
  );
  pool.catch(() => {
    pool = null;
  });
  return pool;
}

/** The learner's calendar day: one review plan per day and due set, so a session resumes. */
function dayOf(now: Date): string {
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('; ')} and ${names.at(-1)}`;
}

/**
 * Spaced review: says what is due and, on "Review now", plays a practice session of questions
 * on the due key points (the progress module's `reviewSession`, questions from the course
 * quizzes) in the course's quiz player. The player records the finished session, which feeds
 * the scheduler and mastery like any quiz.
 */
export default function ReviewSession({
  course,
  progress,
  keyPointIds,
  now,
  titleOf,
}: ReviewSessionProps): ReactNode {
  const [session, setSession] = useState<Session | null>(null);
  const focusRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const due = dueKeyPoints(progress, now, keyPointIds);
  const offered = new Set(course.questions.flatMap((question) => question.keyPointIds));
  const reviewable = due.filter((entry) => offered.has(entry.keyPointId));
  const next = reviewForecast(progress, keyPointIds).find(
    (entry) => Date.parse(entry.due) > now.getTime(),
  );

  useEffect(() => {
    if (session !== null) focusRef.current?.focus();
  }, [session]);

  const start = async () => {
    const startedAt = new Date();
    const plan = reviewSession(progress, course.questions, {
      now: startedAt,
      seed: dayOf(startedAt),
    });
    if (plan.questions.length === 0) return;
    setSession({ state: 'loading' });
    try {
      const { quizzes } = await loadReviewPool();
      const names = plan.keyPointIds.map(titleOf);
      const review = reviewQuiz(
        plan,
        quizzes,
        `Review: ${plan.questions.length} ${plan.questions.length === 1 ? 'question' : 'questions'} on ${names.length} key ${names.length === 1 ? 'point' : 'points'}`,
      );
      setSession({ state: 'ready', review });
    } catch (error) {
      setSession({
        state: 'failed',
        message: `The review questions could not be loaded${error instanceof Error ? ` (${error.message})` : ''}. Reload the page and try again.`,
      });
    }
  };

  const close = () => {
    setSession(null);
    requestAnimationFrame(() => startRef.current?.focus());
  };

  if (session !== null) {
    return (
      <div className={styles.session} data-review-session={session.state}>
        <div ref={focusRef} tabIndex={-1} className={styles.intro}>
          {session.state === 'ready' ? (
            <p>
              This review asks about {listOf(session.review.keyPointIds.map(titleOf))}. You get
              feedback after each answer, a second try, and a question on how sure you are. When you
              finish, each key point gets its next review date.
            </p>
          ) : (
            <p role={session.state === 'failed' ? 'alert' : 'status'}>
              {session.state === 'failed' ? session.message : 'Loading the review questions…'}
            </p>
          )}
        </div>
        {session.state === 'ready' && (
          <QuizPlayer quiz={session.review.quiz} lessons={course.lessons} review={session.review} />
        )}
        <button type="button" className="button button--secondary" onClick={close}>
          Close the review
        </button>
      </div>
    );
  }

  return (
    <div data-review-due={reviewable.length}>
      {reviewable.length > 0 ? (
        <>
          <p>
            <strong>
              {reviewable.length === 1
                ? '1 key point is due for review now'
                : `${reviewable.length} key points are due for review now`}
            </strong>
            : {listOf(reviewable.map((entry) => titleOf(entry.keyPointId)))}.
          </p>
          <button
            ref={startRef}
            type="button"
            className="button button--primary button--lg"
            onClick={() => void start()}
          >
            Review now
          </button>
        </>
      ) : (
        <p>
          Nothing is due for review now.
          {next !== undefined &&
            (() => {
              const text = describeDueDate(next.due, now);
              return ` The next review, of ${titleOf(next.keyPointId)}, is due ${text.relative} (${text.absolute}).`;
            })()}
        </p>
      )}
    </div>
  );
}
