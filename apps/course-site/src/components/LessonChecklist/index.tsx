import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { Lesson } from '../../../plugins/quizzes/contract';
import type { ProgressDocument } from '../../progress';
import { lessonProgress } from '../../progress';
import styles from './styles.module.css';

interface LessonChecklistProps {
  readonly lessons: readonly Lesson[];
  readonly progress: ProgressDocument;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** Lessons completed out of all, the next lesson to take, and every lesson with its state. */
export default function LessonChecklist({ lessons, progress }: LessonChecklistProps): ReactNode {
  const { completed, total, next } = lessonProgress(
    lessons.map((lesson) => lesson.id),
    progress,
  );
  const nextLesson = lessons.find((lesson) => lesson.id === next);
  return (
    <>
      <p className={styles.summary} data-lessons-completed={completed.length}>
        You have completed <strong>{completed.length}</strong> of {total} lessons.{' '}
        {nextLesson === undefined ? (
          'You have completed every lesson: the review below keeps what you learnt fresh.'
        ) : (
          <>
            Next lesson: <Link to={nextLesson.permalink}>{nextLesson.title}</Link>.
          </>
        )}
      </p>
      <ol className={styles.lessons}>
        {lessons.map((lesson) => {
          const completedAt = progress.lessons[lesson.id]?.completedAt;
          return (
            <li
              key={lesson.id}
              className={styles.lesson}
              data-lesson={lesson.id}
              data-completed={completedAt !== undefined}
            >
              <span className={styles.mark} aria-hidden="true">
                {completedAt === undefined ? '○' : '✓'}
              </span>
              <Link to={lesson.permalink}>{lesson.title}</Link>
              <span className={styles.state}>
                {completedAt === undefined ? (
                  lesson.id === next ? (
                    ' (next)'
                  ) : (
                    <span className="sr-only"> (not completed)</span>
                  )
                ) : (
                  <>
                    {' '}
                    (completed{' '}
                    <time dateTime={completedAt}>{dateFormat.format(new Date(completedAt))}</time>)
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
