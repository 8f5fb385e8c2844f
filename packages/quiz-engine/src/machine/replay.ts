import { createActor } from 'xstate';
import type { Quiz } from '../quiz';
import { isQuizEvent, type QuizEvent } from './quiz-events';
import { createQuizMachine, type QuizInput, type QuizSnapshot } from './quiz-machine';

/**
 * Replays an attempt: a fresh actor with the attempt's seed receives the logged events.
 * `replay(quiz, context.log, { seed: context.seed, attempt: context.attempt })` gives the same
 * state and results as the attempt that wrote the log.
 */
export function replay(quiz: Quiz, events: readonly QuizEvent[], input: QuizInput): QuizSnapshot {
  const actor = createActor(createQuizMachine(quiz), { input }).start();
  // A stored log is untrusted: anything that is not a quiz event is skipped.
  for (const event of events) if (isQuizEvent(event)) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}
