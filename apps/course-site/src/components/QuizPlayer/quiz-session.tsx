import { useLocation } from '@docusaurus/router';
import type { Quiz, RestoreOutcome } from '@tmm/quiz-engine';
import { useQuiz } from '@tmm/quiz-engine/react';
import {
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { Lesson } from '../../../plugins/quizzes/contract';
import { focusInView } from '../../lib/focus-in-view';
import { createLazyModule, useLazyModule } from '../../lib/lazy-module';
import { lessonIdAt } from '../../lib/lesson-id-at';
import { useLessonsPath } from '../../lib/use-lessons-path';
import { earlierBestNote } from '../../progress/earlier-scores';
import { attemptAccuracy } from '../../progress/mastery';
import type { ReviewQuiz } from '../../progress/review-quiz';
import { setAsideQuizSnapshot } from '../../progress/set-aside';
import { browserProgressStore } from '../../progress/use-progress';
import RecordFault from '../RecordFault';
import AnswersSummary from './answers-summary';
import IntroScreen from './intro-screen';
import { NEWER_ELSEWHERE_WORDS } from './newer-elsewhere';

const HeldNotice = lazy(() => import('./held-notice'));

import QuestionScreen from './question-screen';
import { percent } from './quiz-rules';
import styles from './styles.module.css';
import { useFocusOnChange } from './use-focus-on-change';
import { useQuizProgress } from './use-quiz-progress';

/** What the learner is told about a saved attempt that could not simply be resumed. */
const RESTORE_NOTES: Partial<Record<RestoreOutcome, string>> = {
  migrated:
    'This quiz has changed since you started it. Your answers to the questions that did not change were kept.',
  restarted: 'This quiz has changed since your last attempt, so a new attempt begins.',
  discarded: 'Your saved attempt at this quiz could not be read, so a new attempt begins.',
};

// The results screen is needed only once an attempt is finished: a chunk of its own, fetched as
// soon as an attempt starts (so it is at hand by the end), never by a page where no quiz is taken.
const resultsScreen = createLazyModule(() =>
  import('./results-screen').then((module) => module.default),
);

/** The results' place while their screen is fetched, or when it could not be. */
function ResultsPending({
  failed,
  headingRef,
  onRetry,
}: {
  readonly failed: boolean;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onRetry: () => void;
}): ReactNode {
  return (
    <div className={styles.screen} data-results-pending={failed ? 'failed' : 'loading'}>
      <h4 ref={headingRef} tabIndex={-1} className={styles.screenHeading}>
        Your results
      </h4>
      {failed ? (
        <div role="alert">
          <p>
            Your results could not be shown: this page could not fetch them. Your answers are saved.
          </p>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            Try showing the results again
          </button>
        </div>
      ) : (
        <p role="status">Loading your results…</p>
      )}
    </div>
  );
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en', { dateStyle: 'long' });
}

interface QuizSessionProps {
  readonly quiz: Quiz;
  readonly lessons: readonly Lesson[];
  readonly review?: ReviewQuiz | undefined;
}

/**
 * A quiz being taken, in the browser: the engine's machine through `useQuiz`, kept in the
 * learner's progress, rendered screen by screen. Moving to a new screen moves focus to it.
 * When the quiz moves on in another tab, the session says so and offers to continue from the
 * newer state, which mounts the session afresh from the progress as it now stands. If the saved
 * attempt cannot be shown, the learner is told and can set that one attempt aside (backed up)
 * and start afresh.
 */
export default function QuizSession(props: QuizSessionProps): ReactNode {
  const [generation, setGeneration] = useState(0);
  return (
    <ErrorBoundary
      resetKeys={[generation]}
      fallbackRender={(fallback) => (
        <RecordFault
          {...fallback}
          what="This quiz"
          setAsideLabel="Set this attempt aside and start the quiz again"
          setAside={() => {
            const store = browserProgressStore();
            return store === null ? null : setAsideQuizSnapshot(store, props.quiz.id);
          }}
        />
      )}
    >
      <QuizSessionBody
        key={generation}
        {...props}
        resumed={generation > 0}
        onTakeNewer={() => setGeneration((value) => value + 1)}
      />
    </ErrorBoundary>
  );
}

function QuizSessionBody({
  quiz,
  lessons,
  review,
  resumed,
  onTakeNewer,
}: QuizSessionProps & { readonly resumed: boolean; readonly onTakeNewer: () => void }): ReactNode {
  const { pathname } = useLocation();
  const progress = useQuizProgress(quiz, lessonIdAt(pathname, useLessonsPath()), review);
  const { view, send, restored } = useQuiz(quiz, {
    persisted: progress.persisted,
    seed: progress.seed,
    onChange: progress.onChange,
  });
  // What became of the saved attempt is said for as long as that attempt lasts.
  const [restoredAttempt] = useState(view.attempt);
  const idBase = `quiz-${quiz.id}${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  const screen =
    view.phase === 'intro'
      ? 'intro'
      : view.phase === 'review'
        ? 'summary'
        : view.phase === 'finished'
          ? 'results'
          : `question-${view.question?.index ?? 0}`;
  // A session reloaded from the newer state takes focus where the learner now is.
  const headingRef = useFocusOnChange<HTMLHeadingElement>(screen, resumed);
  const results = useLazyModule(resultsScreen, view.phase !== 'intro');
  // Results that arrive after the learner reached them replace the heading that had focus: the
  // new heading takes it. Results restored with the page never take focus.
  const playedHere = useRef(false);
  if (view.phase !== 'finished') playedHere.current = true;
  const resultsReady = results.status === 'ready';
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (resultsReady && playedHere.current && lost) focusInView(headingRef.current);
  }, [resultsReady, headingRef]);
  const startRef = useFocusOnChange<HTMLButtonElement>(screen, resumed);

  const restoreNote =
    view.attempt === restoredAttempt ? RESTORE_NOTES[restored.outcome] : undefined;
  const notes: string[] = [];
  if (progress.earlierBest) notes.push(earlierBestNote(progress.earlierBest));
  if (progress.lastAttempt) {
    notes.push(
      `Your last attempt: ${percent(attemptAccuracy(progress.lastAttempt.questions))} of the marks, on ${formatDay(progress.lastAttempt.finishedAt)}.`,
    );
  }

  let body: ReactNode;
  if (view.phase === 'intro')
    body = (
      <IntroScreen
        quiz={quiz}
        count={view.navigator.length}
        ready
        attempt={view.attempt}
        notes={notes}
        startRef={startRef}
        onStart={() => send({ type: 'quiz.start' })}
      />
    );
  else if (view.phase === 'review')
    body = <AnswersSummary view={view} send={send} headingRef={headingRef} />;
  else if (view.phase === 'finished' && view.results)
    body =
      results.status === 'ready' ? (
        <results.value
          quiz={quiz}
          lessons={lessons}
          results={view.results}
          headingRef={headingRef}
          onReview={(index) => send({ type: 'question.go', index })}
          onRetry={() => send({ type: 'quiz.restart' })}
        />
      ) : (
        <ResultsPending
          failed={results.status === 'failed'}
          headingRef={headingRef}
          onRetry={results.retry}
        />
      );
  else if (view.question)
    body = (
      <QuestionScreen
        quiz={quiz}
        view={view}
        question={view.question}
        send={send}
        headingRef={headingRef}
        idBase={idBase}
      />
    );

  return (
    <>
      {restoreNote && (
        <p className={styles.notice} data-restored={restored.outcome}>
          {restoreNote}
        </p>
      )}
      {/* Always present, so that the offer is announced when it appears. */}
      <div
        role="status"
        data-newer-elsewhere={progress.newerElsewhere ?? ''}
        data-save-held={progress.held}
      >
        {progress.held ? (
          <Suspense fallback={null}>
            <HeldNotice onTakeNewer={onTakeNewer} onKeepThisTab={progress.keepThisTab} />
          </Suspense>
        ) : (
          progress.newerElsewhere && (
            <div className={styles.notice}>
              <p>{NEWER_ELSEWHERE_WORDS[progress.newerElsewhere]}</p>
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={onTakeNewer}
              >
                Continue from the newer state
              </button>
            </div>
          )
        )}
      </div>
      {progress.saveProblem && (
        <p className={styles.notice} role="alert">
          {progress.saveProblem}
        </p>
      )}
      {body}
    </>
  );
}
