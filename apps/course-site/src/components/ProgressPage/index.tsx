import Layout from '@theme/Layout';
import { keyPoint, keyPoints } from '@tmm/statement-content';
import { type ReactNode, useMemo } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { courseIndexSchema, type QuizName } from '../../../plugins/progress/contract';
import { lessonsTeaching } from '../../../plugins/quizzes/contract';
import { useNow } from '../../lib/use-now';
import {
  compactedConfidence,
  compactedMastery,
  MASTERY_RULE,
  type MasteryLevel,
  type ProgressDocument,
  reviewForecast,
  useProgress,
  useProgressStore,
} from '../../progress';
import { earlierBestScores, earlierBestWords } from '../../progress/earlier-scores';
import { MASTERY_LEVEL_LABELS, MASTERY_LEVELS, percent } from '../../progress/mastery-labels';
import LessonChecklist from '../LessonChecklist';
import MasteryChart from '../MasteryChart';
import MasteryTable from '../MasteryTable';
import ProgressFile from '../ProgressFile';
import RecordFault from '../RecordFault';
import ReviewSchedule from '../ReviewSchedule';
import ReviewSession from '../ReviewSession';
import SureAndWrong from '../SureAndWrong';
import styles from './styles.module.css';

interface ProgressPageProps {
  /** The course module the progress plugin wrote: lessons in order and every live question. */
  readonly course: unknown;
}

// In the order the statement makes them, numbered as the reader's legend numbers them.
const keyPointIds = keyPoints().map((point) => point.id);

function titleOf(keyPointId: string): string {
  const point = keyPoint(keyPointId);
  return point === undefined ? keyPointId : `${point.number}. ${point.title}`;
}

/**
 * The self-assessment page: lessons completed and the next one, mastery per key point (chart
 * and table), "sure and wrong" where confidence was rated, spaced review with "Review now",
 * and export, import and reset. Everything comes from the progress kept in this browser, read
 * after hydration; the server renders the page's frame and explains that.
 */
export default function ProgressPage(props: ProgressPageProps): ReactNode {
  const store = useProgressStore();
  // `now` is set after hydration as a transition, so the whole report below renders in short
  // tasks rather than in one that blocks the page.
  const now = useNow();
  return (
    <Layout
      title="Your progress"
      description="Your progress in the course on the June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting statement: lessons completed, mastery of each key point, what to review and when, and a way to export or import it."
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>Your progress</h1>
        <p className={styles.intro}>
          What you have done in this course, kept in this browser only: nothing is sent anywhere.
          Download it below to keep a copy or to carry it to another browser.
        </p>
        {store === null || now === null ? (
          <p className={styles.loading} data-progress-loading="">
            Your progress is read from this browser’s storage once the page has loaded; this needs
            JavaScript.
          </p>
        ) : (
          <div data-progress-ready="">
            {/* A report that fails to render must not take export, import and reset with it. */}
            <ErrorBoundary
              fallbackRender={(fallback) => (
                <RecordFault {...fallback} what="Your progress report" />
              )}
            >
              <ProgressReport course={props.course} now={now} />
            </ErrorBoundary>
            <section className={styles.section} aria-labelledby="keep-your-progress">
              <h2 id="keep-your-progress">Keep, move or erase your progress</h2>
              <ProgressFile store={store} />
            </section>
          </div>
        )}
      </main>
    </Layout>
  );
}

interface ProgressReportProps {
  readonly course: unknown;
  readonly now: Date;
}

/** The report itself, once progress can be read: everything between the introduction and the file. */
function ProgressReport(props: ProgressReportProps): ReactNode {
  const { now } = props;
  const course = useMemo(() => courseIndexSchema().parse(props.course), [props.course]);
  const progress = useProgress();
  const taughtBy = useMemo(
    () =>
      new Map(
        keyPointIds.map((id) => [
          id,
          lessonsTeaching(course.lessons, id).map((lesson) => lesson.id),
        ]),
      ),
    [course.lessons],
  );
  const options = { live: course.questions, keyPointIds, taughtBy };
  // Through the summary of older attempts too (compaction): the figures of the whole record.
  const mastery = compactedMastery(progress, options);
  const counts = new Map(
    MASTERY_LEVELS.map((level) => [level, mastery.filter((entry) => entry.level === level).length]),
  );
  const count = (level: MasteryLevel) =>
    `${counts.get(level) ?? 0} ${MASTERY_LEVEL_LABELS[level].toLowerCase()}`;

  return (
    <>
      <section className={styles.section} aria-labelledby="lessons">
        <h2 id="lessons">Lessons</h2>
        <LessonChecklist lessons={course.lessons} progress={progress} />
        <EarlierBestScores progress={progress} quizzes={course.quizzes} />
      </section>

      <section className={styles.section} aria-labelledby="mastery">
        <h2 id="mastery">Mastery of the key points</h2>
        <p data-mastery-counts="">
          You have mastered <strong>{counts.get('mastered')}</strong> of {keyPointIds.length} key
          points; {count('proficient')}, {count('familiar')}, {count('attempted')} and{' '}
          {count('not-started')}.
        </p>
        <MasteryChart mastery={mastery} titleOf={titleOf} />
        <MasteryTable mastery={mastery} titleOf={titleOf} />
        <div className={styles.rule} data-mastery-rules="">
          <h3>How mastery is earned</h3>
          <p>
            A question counts for the one key point that is its main subject, not for others it
            touches. Each answer counts for the credit it earned, from 0 to 1 (less for a second try
            or a hint); a key point’s score is the average of its answers, recent ones weighing more
            (an answer {MASTERY_RULE.halfLife} answers back weighs half as much as the latest). The
            levels, each needing what the one before needs:
          </p>
          <ul>
            <li>
              <strong>{MASTERY_LEVEL_LABELS.attempted}</strong>: answered, but not yet correctly to
              a score of {percent(MASTERY_RULE.familiarAt)}.
            </li>
            <li>
              <strong>{MASTERY_LEVEL_LABELS.familiar}</strong>: a score of{' '}
              {percent(MASTERY_RULE.familiarAt)} or more with a correct answer. A key point stays
              here at most until you open every lesson that teaches it.
            </li>
            <li>
              <strong>{MASTERY_LEVEL_LABELS.proficient}</strong>: a score of{' '}
              {percent(MASTERY_RULE.proficientAt)} or more, with correct answers on at least{' '}
              {MASTERY_RULE.proficientTypes} kinds of question.
            </li>
            <li>
              <strong>{MASTERY_LEVEL_LABELS.mastered}</strong>: proficient, and answered correctly
              in a spaced review at least {MASTERY_RULE.masteredAfterHours / 24} day after your
              first correct answer: doing well in one sitting is not yet remembering.
            </li>
          </ul>
          <p>
            Answers to questions that have since changed or been removed stay in your history but no
            longer count.
          </p>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="sure-and-wrong">
        <h2 id="sure-and-wrong">Sure and wrong</h2>
        <p>
          When you rate how sure you are, a “sure” answer that is not right points at a
          misunderstanding worth going back to, rather than a gap.
        </p>
        <SureAndWrong confidence={compactedConfidence(progress, options)} titleOf={titleOf} />
      </section>

      <section className={styles.section} aria-labelledby="review">
        <h2 id="review">Spaced review</h2>
        <p>
          Each key point you have answered on gets a date for its next review, from how well you did
          (the FSRS scheduler): soon after a miss, further apart each time you get it right.
        </p>
        <ReviewSession
          course={course}
          progress={progress}
          keyPointIds={keyPointIds}
          now={now}
          titleOf={titleOf}
        />
        <ReviewSchedule
          forecast={reviewForecast(progress, keyPointIds)}
          keyPointIds={keyPointIds}
          now={now}
          titleOf={titleOf}
        />
      </section>
    </>
  );
}

interface EarlierBestScoresProps {
  readonly progress: ProgressDocument;
  readonly quizzes: readonly QuizName[];
}

/** The best scores an earlier version of the course kept, by quiz; nothing when there are none. */
function EarlierBestScores({ progress, quizzes }: EarlierBestScoresProps): ReactNode {
  const scores = earlierBestScores(progress);
  if (scores.length === 0) return null;
  const titles = new Map(quizzes.map((quiz) => [quiz.id, quiz.title]));
  return (
    <div data-earlier-best="">
      <p>
        Your best scores on an earlier version of the course, which kept only the best score of each
        quiz (they stay in your history, but do not count toward mastery):
      </p>
      <ul>
        {scores.map((attempt) => (
          <li key={attempt.attemptId} data-earlier-best-quiz={attempt.quizId}>
            {titles.get(attempt.quizId) ?? attempt.quizId}: {earlierBestWords(attempt)}
          </li>
        ))}
      </ul>
    </div>
  );
}
