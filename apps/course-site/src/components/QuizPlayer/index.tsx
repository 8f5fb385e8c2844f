import useIsBrowser from '@docusaurus/useIsBrowser';
import { defaultSeed, drawQuestions, type Quiz } from '@tmm/quiz-engine';
import { type ReactNode, useEffect, useRef } from 'react';
import type { Lesson } from '../../../plugins/quizzes/contract';
import { createLazyModule, useLazyModule } from '../../lib/lazy-module';
import { useNearViewport } from '../../lib/use-near-viewport';
import type { ReviewQuiz } from '../../progress/review-quiz';
import IntroScreen from './intro-screen';
import QuizPrintout from './printout';
import styles from './styles.module.css';

interface QuizPlayerProps {
  readonly quiz: Quiz;
  /** The lessons that teach what the quiz tests: its results link back to them. */
  readonly lessons: readonly Lesson[];
  /** The review session `quiz` plays, if it is one: it is recorded as a review of its questions. */
  readonly review?: ReviewQuiz;
}

// The session (the engine's machine, every question type, the progress store) is a chunk of
// its own: the page is shown and usable before it arrives, and pages without a quiz never
// fetch it. It is fetched once the page has loaded and the quiz is within two screen heights
// of the view: a learner reading the top of a lesson on a phone does not pay for it yet, and
// one scrolling down finds it ready.
const NEAR_VIEW = '200% 0px';
const quizSession = createLazyModule(() =>
  import('./quiz-session').then((module) => module.default),
);

/**
 * A quiz in a page. The server render (and a reader without JavaScript) gets the quiz's
 * introduction and a note that it needs JavaScript; once the page has loaded and the quiz is
 * near the view, the session's code is fetched and the quiz runs, resuming any attempt saved
 * in the learner's progress. Give it `key={quiz.version}` upstream or not: the session restarts
 * whenever the quiz's version changes.
 */
export default function QuizPlayer({ quiz, lessons, review }: QuizPlayerProps): ReactNode {
  const isBrowser = useIsBrowser();
  const section = useRef<HTMLElement>(null);
  const near = useNearViewport(section, NEAR_VIEW);
  const session = useLazyModule(quizSession, isBrowser && near);
  const titleId = `quiz-${quiz.id}-title`;
  // "Try loading the quiz again" goes away when the quiz arrives: focus goes to its title, not
  // to the top of the page.
  const title = useRef<HTMLHeadingElement>(null);
  const retried = useRef(false);
  const ready = session.status === 'ready';
  useEffect(() => {
    if (ready && retried.current) title.current?.focus();
  }, [ready]);
  const retry = () => {
    retried.current = true;
    session.retry();
  };
  const drawn = drawQuestions(quiz, defaultSeed(quiz)).length;
  return (
    <>
      <section ref={section} className={styles.quiz} aria-labelledby={titleId} data-quiz={quiz.id}>
        <h3 id={titleId} className={styles.title} ref={title} tabIndex={-1}>
          {quiz.title}
        </h3>
        {isBrowser && session.status === 'ready' ? (
          <session.value key={quiz.version} quiz={quiz} lessons={lessons} review={review} />
        ) : (
          <IntroScreen
            quiz={quiz}
            count={drawn}
            ready={false}
            pending={!isBrowser ? undefined : session.status === 'failed' ? 'failed' : 'loading'}
            onRetry={retry}
          />
        )}
      </section>
      {review === undefined ? <QuizPrintout quiz={quiz} drawn={drawn} /> : null}
    </>
  );
}
