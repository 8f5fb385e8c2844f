import { type Quiz, type QuizSnapshot, resultsOf } from '@tmm/quiz-engine';
import { useCallback, useRef, useState } from 'react';
import { notifyQuizObservers } from '../../lib/quiz-observers';
// Module by module, not the progress barrel: recording an attempt feeds the scheduler
// (ts-fsrs), which is fetched only once the learner has started a quiz.
import { attemptIdOf, attemptRecord, reviewAttemptRecord } from '../../progress/attempt-record';
import type { LegacyAttempt, QuizAttempt, ReviewAttempt } from '../../progress/document';
import { earlierBestOf } from '../../progress/earlier-scores';
import { completeLesson } from '../../progress/lessons';
import type { ReviewQuiz } from '../../progress/review-quiz';
import { playedQuizId } from '../../progress/snapshots';
import { browserProgressStore, useProgress } from '../../progress/use-progress';
import {
  keepNewerSnapshot,
  type NewerElsewhere,
  newerElsewhere,
  saveUnlessNewerElsewhere,
} from './newer-elsewhere';

/**
 * `recordAttempt` with the scheduler it feeds: a chunk of its own, asked for with the first
 * saved change of a quiz, so it is at hand when the attempt finishes, and never fetched by a
 * page where no quiz is started. The bundler keeps one fetch and one module per chunk.
 */
const loadRecordAttempt = () =>
  import('../../progress/record-attempt').then((module) => module.recordAttempt);

/** What a quiz needs from the learner's progress, and how it saves into it. */
export interface QuizProgress {
  /** The snapshot saved for this quiz, for `useQuiz` to restore (by the engine's version rule). */
  readonly persisted: unknown;
  /** Seed of a fresh attempt: random, so that attempts after a reload differ. */
  readonly seed: number;
  /** Saves each change; records the attempt and completes the lesson once it is finished. */
  readonly onChange: (persisted: unknown, snapshot: QuizSnapshot) => void;
  /** The learner's latest finished attempt at this quiz (or review session), if any. */
  readonly lastAttempt: QuizAttempt | ReviewAttempt | undefined;
  /** The best score an earlier version of the site kept for this quiz (progress version 1). */
  readonly earlierBest: LegacyAttempt | undefined;
  /** Why the last change could not be saved, if it could not. */
  readonly saveProblem: string | undefined;
  /** How the quiz moved on in another tab since this tab last saved it, if it did. */
  readonly newerElsewhere: NewerElsewhere | undefined;
  /** This tab's last change was not saved: another tab saved the quiz after this tab knew it. */
  readonly held: boolean;
  /** Saves this tab's held state over the other tab's, which is set aside (backed up) first. */
  readonly keepThisTab: () => void;
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

/**
 * Keeps a quiz in the learner's progress: restores its saved snapshot, saves the machine's
 * persisted snapshot after every change, and when the attempt finishes records it (results per
 * question with key points, hashes and confidence) and marks `lessonId` complete. A review
 * session (`review`) is recorded as a review attempt of the course questions it asked. A failed
 * save is reported, never thrown: the quiz keeps working. Browser only (after hydration).
 */
export function useQuizProgress(
  quiz: Quiz,
  lessonId: string | undefined,
  review?: ReviewQuiz,
): QuizProgress {
  const [start] = useState(() => {
    const saved = browserProgressStore()?.getSnapshot().snapshots[quiz.id];
    return {
      persisted: saved?.snapshot,
      seed: randomSeed(),
      // What this tab knows of the quiz: the state it loaded, or the moment it loaded it.
      knownAt: saved?.savedAt ?? new Date().toISOString(),
    };
  });
  // When this tab last saved or finished the quiz: later changes in the store are another tab's.
  const knownAt = useRef(start.knownAt);
  const [saveProblem, setSaveProblem] = useState<string>();
  const [held, setHeld] = useState(false);
  // The last snapshot this tab had to save, for "Keep this tab's answers".
  const latest = useRef<unknown>(undefined);
  const recorded = useRef(new Set<string>());
  const document = useProgress();

  const onChange = useCallback(
    (persisted: unknown, snapshot: QuizSnapshot) => {
      const store = browserProgressStore();
      if (store === null) return;
      const { context } = snapshot;
      // Before saving: an observer compares the change with the quiz's state as saved.
      notifyQuizObservers(quiz, context);
      const reportProblem = (error: unknown) => {
        const reason = error instanceof Error ? ` (${error.message})` : '';
        setSaveProblem(
          `Your answers could not be saved in this browser${reason}. The quiz still works, but a reload will lose this attempt.`,
        );
      };
      if (!context.finished) {
        latest.current = persisted;
        try {
          const savedAt = new Date();
          let saved = false;
          store.update((current) => {
            const next = saveUnlessNewerElsewhere(
              current,
              quiz.id,
              persisted,
              savedAt,
              knownAt.current,
            );
            saved = next !== current;
            return next;
          });
          if (saved) knownAt.current = savedAt.toISOString();
          setHeld(!saved);
          setSaveProblem(undefined);
        } catch (error) {
          reportProblem(error);
        }
        // Warm the recorder for the end of the attempt; a failure here is retried there.
        loadRecordAttempt().catch(() => {});
        return;
      }
      const attemptId = attemptIdOf(context);
      // Reviewing a finished attempt changes the snapshot but not the result.
      if (recorded.current.has(attemptId)) return;
      recorded.current.add(attemptId);
      const finishedAt = new Date();
      setHeld(false);
      const results = resultsOf(quiz, context);
      loadRecordAttempt()
        .then((recordAttempt) => {
          const record =
            review === undefined
              ? attemptRecord(quiz, context, results, finishedAt)
              : reviewAttemptRecord(review, context, results, finishedAt);
          store.update((current) => {
            const withAttempt = keepNewerSnapshot(
              current,
              recordAttempt(current, record),
              quiz.id,
              knownAt.current,
            );
            return lessonId ? completeLesson(withAttempt, lessonId, finishedAt) : withAttempt;
          });
          setSaveProblem(undefined);
        })
        .catch((error: unknown) => {
          // The next change (reviewing the attempt) tries again; the saved snapshot is kept.
          recorded.current.delete(attemptId);
          reportProblem(error);
        });
    },
    [quiz, lessonId, review],
  );

  const keepThisTab = useCallback(() => {
    const store = browserProgressStore();
    const persisted = latest.current;
    if (store === null || persisted === undefined) return;
    import('./keep-this-tab')
      .then(({ keepThisTabsSnapshot }) => {
        knownAt.current = keepThisTabsSnapshot(store, quiz.id, persisted);
        setHeld(false);
        setSaveProblem(undefined);
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? ` (${error.message})` : '';
        setSaveProblem(`This tab’s answers could not be saved${reason}.`);
      });
  }, [quiz.id]);

  // Attempts are kept in finishing order: the last one of this quiz is the latest.
  const lastAttempt = document.attempts
    .filter((attempt): attempt is QuizAttempt | ReviewAttempt => playedQuizId(attempt) === quiz.id)
    .at(-1);
  const earlierBest = earlierBestOf(document, quiz.id);
  return {
    persisted: start.persisted,
    seed: start.seed,
    onChange,
    lastAttempt,
    earlierBest,
    saveProblem,
    newerElsewhere: newerElsewhere(document.snapshots[quiz.id], lastAttempt, {
      knownAt: knownAt.current,
      ownAttempts: recorded.current,
    }),
    held,
    keepThisTab,
  };
}
