import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Actor, Snapshot } from 'xstate';
import { isQuizEvent, type QuizEvent } from '../machine/quiz-events';
import { createQuizMachine, type QuizMachine, type QuizSnapshot } from '../machine/quiz-machine';
import { type RestoredQuiz, restoreQuizSnapshot } from '../machine/restore-quiz-snapshot';
import type { Quiz } from '../quiz';
import { type QuizView, quizView } from './quiz-view';

/** Options of {@link useQuiz}. */
export interface UseQuizOptions {
  /** Seed of the first attempt; defaults to one derived from the quiz version (stable for SSR). */
  readonly seed?: number;
  /** A snapshot saved from `getPersistedSnapshot` (or `onChange`); restored by the version rule. */
  readonly persisted?: unknown;
  /** Called after every transition with the snapshot to save. */
  readonly onChange?: (persisted: Snapshot<unknown>, snapshot: QuizSnapshot) => void;
}

/** What {@link useQuiz} returns. */
export interface UseQuizResult {
  /** Everything to render, derived from the snapshot. */
  readonly view: QuizView;
  readonly snapshot: QuizSnapshot;
  /** Sends an event; anything that is not a quiz event is dropped. */
  readonly send: (event: QuizEvent) => void;
  /** The snapshot to save, for `persisted` next time. */
  readonly getPersistedSnapshot: () => Snapshot<unknown>;
  /** What became of `persisted`: resumed, migrated, restarted, discarded or fresh. */
  readonly restored: RestoredQuiz;
  readonly actorRef: Actor<QuizMachine>;
}

/**
 * Runs a quiz in a component: one actor per mounted component (give the component
 * `key={quiz.version}` to start over when the quiz changes).
 *
 * @example
 * const { view, send } = useQuiz(quiz, { persisted: saved, onChange: save });
 * if (view.phase === 'intro') return <button onClick={() => send({ type: 'quiz.start' })}>Start</button>;
 */
export function useQuiz(quiz: Quiz, options: UseQuizOptions = {}): UseQuizResult {
  const machine = useMemo(() => createQuizMachine(quiz), [quiz]);
  const [restored] = useState(() => restoreQuizSnapshot(quiz, options.persisted));
  const actorRef = useActorRef(machine, {
    input: options.seed === undefined ? {} : { seed: options.seed },
    ...(restored.snapshot ? { snapshot: restored.snapshot } : {}),
  });
  const snapshot = useSelector(actorRef, (current) => current);
  const onChange = useRef(options.onChange);
  onChange.current = options.onChange;
  useEffect(() => {
    const subscription = actorRef.subscribe((next) =>
      onChange.current?.(actorRef.getPersistedSnapshot(), next),
    );
    return () => subscription.unsubscribe();
  }, [actorRef]);
  const view = useMemo(() => quizView(quiz, snapshot), [quiz, snapshot]);
  const send = useCallback(
    (event: QuizEvent) => {
      if (isQuizEvent(event)) actorRef.send(event);
    },
    [actorRef],
  );
  const getPersistedSnapshot = useCallback(() => actorRef.getPersistedSnapshot(), [actorRef]);
  return { view, snapshot, send, getPersistedSnapshot, restored, actorRef };
}
