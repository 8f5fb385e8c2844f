import Link from '@docusaurus/Link';
import type {
  KeyPointResult,
  KeyPointStatus,
  QuestionStatus,
  Quiz,
  QuizResults,
} from '@tmm/quiz-engine';
import { keyPoint } from '@tmm/statement-content';
import clsx from 'clsx';
import type { ReactNode, RefObject } from 'react';
import { type Lesson, lessonsTeaching } from '../../../plugins/quizzes/contract';
import { plainText } from './plain-text';
import { percent } from './quiz-rules';
import styles from './styles.module.css';

const QUESTION_WORDS: Record<QuestionStatus, string> = {
  correct: 'Correct',
  partial: 'Partly correct',
  incorrect: 'Not correct',
  unanswered: 'Not answered',
};

// Key points are listed in the order the statement makes them, whatever order the questions came in.
const inStatementOrder = (results: readonly KeyPointResult[]) =>
  [...results].sort(
    (a, b) =>
      (keyPoint(a.keyPoint)?.number ?? Number.POSITIVE_INFINITY) -
      (keyPoint(b.keyPoint)?.number ?? Number.POSITIVE_INFINITY),
  );

/** Marks with at most two decimals: 0.9, 1, 2.67. */
const marks = (value: number) => String(Math.round(value * 100) / 100);

const KEY_POINT_WORDS: Record<KeyPointStatus, string> = {
  correct: 'All right',
  partial: 'Partly right',
  incorrect: 'Not right yet',
};

interface ResultsScreenProps {
  readonly quiz: Quiz;
  /** The lessons that teach the quiz's key points, linked from each key point's result. */
  readonly lessons: readonly Lesson[];
  readonly results: QuizResults;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onReview: (index: number) => void;
  readonly onRetry: () => void;
}

/**
 * The graded attempt: score, pass or not against the pass mark, the result on each key point
 * with links to the lessons that teach it, each question's result with a way to review it, and
 * Retry.
 */
export default function ResultsScreen({
  quiz,
  lessons,
  results,
  headingRef,
  onReview,
  onRetry,
}: ResultsScreenProps): ReactNode {
  const prompts = new Map(quiz.questions.map((question) => [question.id, question.prompt]));
  return (
    <div className={styles.screen} data-results="">
      <h4 ref={headingRef} tabIndex={-1} className={styles.screenHeading}>
        Your results
      </h4>
      <p className={styles.score}>
        You earned <strong>{marks(results.earned)}</strong> of {marks(results.total)} marks:{' '}
        <strong>{percent(results.score)}</strong>.
      </p>
      <p className={clsx(styles.verdictLine, results.passed ? styles.correct : styles.incorrect)}>
        <span aria-hidden="true">{results.passed ? '✓' : '✗'}</span>{' '}
        <strong>{results.passed ? 'Passed' : 'Not passed yet'}</strong>: the pass mark is{' '}
        {percent(quiz.settings.passMark)}.
      </p>

      <h5 className={styles.resultsHeading}>By key point</h5>
      <ul className={styles.keyPointResults}>
        {inStatementOrder(results.keyPoints).map((result) => {
          const point = keyPoint(result.keyPoint);
          const teaching = lessonsTeaching(lessons, result.keyPoint);
          const { status } = result;
          return (
            <li
              key={result.keyPoint}
              className={styles.keyPointResult}
              data-key-point={result.keyPoint}
            >
              <p className={styles.keyPointTitle}>{point?.title ?? result.keyPoint}</p>
              <p>
                <span className={clsx(styles.mark, styles[status])}>{KEY_POINT_WORDS[status]}</span>
                : {result.correct} of {result.questions}{' '}
                {result.questions === 1 ? 'question' : 'questions'} fully right,{' '}
                {result.total > 0 ? percent(result.earned / result.total) : '0%'} of the marks.
              </p>
              {teaching.length > 0 && (
                <p>
                  Revisit:{' '}
                  {teaching.map((lesson, index) => (
                    <span key={lesson.id}>
                      {index > 0 && ', '}
                      <Link to={`${lesson.permalink}#key-points`}>
                        Lesson {lesson.number}: {lesson.title}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ul>

      <h5 className={styles.resultsHeading}>By question</h5>
      <ol className={styles.questionResults}>
        {results.questions.map((result, index) => (
          <li key={result.questionId} data-question-result={result.questionId}>
            <span className={styles.questionResultPrompt}>
              {plainText(prompts.get(result.questionId) ?? '')}
            </span>{' '}
            <span className={clsx(styles.mark, styles[result.status])}>
              {QUESTION_WORDS[result.status]}
            </span>
            , {marks(result.earned)} of {marks(result.total)}{' '}
            {result.total === 1 ? 'mark' : 'marks'}.{' '}
            <button type="button" className={styles.linkButton} onClick={() => onReview(index)}>
              Review question {index + 1}
            </button>
          </li>
        ))}
      </ol>

      <p className={styles.actions}>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try the quiz again
        </button>
      </p>
    </div>
  );
}
