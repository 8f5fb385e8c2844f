import Link from '@docusaurus/Link';
import type { KeyPointResult, Quiz, QuizResults } from '@tmm/quiz-engine';
import { keyPoint } from '@tmm/statement-content';
import clsx from 'clsx';
import { type ReactNode, type RefObject, useId } from 'react';
import { type Lesson, lessonsTeaching } from '../../../plugins/quizzes/contract';
import tableStyles from '../../css/data-table.module.css';
import { plainText } from './plain-text';
import { percent } from './quiz-rules';
import {
  ANSWER_WORDS,
  CERTAINTY_RULE,
  CERTAINTY_TABLE,
  certaintyLine,
  KEY_POINT_WORDS,
  keyPointLine,
  marksOf,
  marksRule,
  questionCertaintyLine,
  questionDetail,
  signed,
  totalsLine,
} from './result-words';
import styles from './styles.module.css';

// Key points are listed in the order the statement makes them, whatever order the questions came in.
const inStatementOrder = (results: readonly KeyPointResult[]) =>
  [...results].sort(
    (a, b) =>
      (keyPoint(a.keyPoint)?.number ?? Number.POSITIVE_INFINITY) -
      (keyPoint(b.keyPoint)?.number ?? Number.POSITIVE_INFINITY),
  );

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
  const idBase = useId().replace(/[^a-zA-Z0-9]/g, '');
  const certaintyGraded = quiz.settings.grading === 'certainty' && results.certainty !== undefined;
  const prompts = new Map(quiz.questions.map((question) => [question.id, question.prompt]));
  return (
    <div className={styles.screen} data-results="">
      <h4 ref={headingRef} tabIndex={-1} className={styles.screenHeading}>
        Your results
      </h4>
      <p className={styles.score} data-score="">
        {certaintyGraded ? (
          <>
            Your score: <strong>{percent(results.score)}</strong>, from your certainty-based marks
            (accuracy {percent(results.accuracy)}).
          </>
        ) : (
          <>
            You earned <strong>{marksOf(results.earned, results.total)}</strong>:{' '}
            <strong>{percent(results.score)}</strong>.
          </>
        )}
      </p>
      <p className={clsx(styles.verdictLine, results.passed ? styles.correct : styles.incorrect)}>
        <span aria-hidden="true">{results.passed ? '✓' : '✗'}</span>{' '}
        <strong>{results.passed ? 'Passed' : 'Not passed yet'}</strong>: the pass mark is{' '}
        {percent(quiz.settings.passMark)}.
      </p>
      <p data-totals="">{totalsLine(results)}</p>
      <p className={styles.rule} data-marks-rule="">
        {marksRule(quiz.settings)}
      </p>

      {results.certainty && (
        <section aria-labelledby={`${idBase}-confidence`} data-confidence-report="">
          <h5 id={`${idBase}-confidence`} className={styles.resultsHeading}>
            Your confidence
          </h5>
          <p>{certaintyLine(results.certainty)}</p>
          <p className={styles.rule}>{CERTAINTY_RULE}</p>
          <table className={tableStyles.table}>
            <caption>Certainty-based marks (Gardner-Medwin’s scale) and your answers</caption>
            <thead>
              <tr>
                <th scope="col">You chose</th>
                <th scope="col">Mark if correct</th>
                <th scope="col">Mark if not correct</th>
                <th scope="col">Your answers</th>
                <th scope="col">Of them correct</th>
              </tr>
            </thead>
            <tbody>
              {CERTAINTY_TABLE.map((row) => {
                const chosen = results.questions.filter(
                  (result) => result.tries > 0 && (result.confidence ?? 1) === row.level,
                );
                return (
                  <tr key={row.level}>
                    <th scope="row">{row.words}</th>
                    <td className={tableStyles.number}>{signed(row.right)}</td>
                    <td className={tableStyles.number}>{signed(row.wrong)}</td>
                    <td className={tableStyles.number}>{chosen.length}</td>
                    <td className={tableStyles.number}>
                      {chosen.filter((result) => result.correct).length}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      <h5 className={styles.resultsHeading}>By key point</h5>
      <p data-key-point-rule="">
        Each question counts for its main key point only, as on your progress page.
      </p>
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
                : {keyPointLine(result)}
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
              {ANSWER_WORDS[result.status]}
            </span>
            {questionDetail(result)} {questionCertaintyLine(result)}{' '}
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
