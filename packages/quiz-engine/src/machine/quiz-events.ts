import type { Answer, ConfidenceLevel } from '../answer';

/** Every event the quiz machine accepts, namespaced by what it acts on. */
export type QuizEvent =
  | { readonly type: 'quiz.start' }
  /** Replaces the answer to the question shown. */
  | { readonly type: 'answer.change'; readonly answer: Answer }
  | { readonly type: 'answer.submit' }
  | { readonly type: 'hint.request' }
  | { readonly type: 'confidence.set'; readonly level: ConfidenceLevel }
  | { readonly type: 'question.next' }
  | { readonly type: 'question.previous' }
  /** Shows the question at `index` in the attempt's order (free navigation). */
  | { readonly type: 'question.go'; readonly index: number }
  | { readonly type: 'quiz.finish' }
  /** Back from reviewing a question of the finished attempt to its results. */
  | { readonly type: 'results.show' }
  | { readonly type: 'quiz.restart' };

const EVENT_TYPES = new Set<string>([
  'quiz.start',
  'answer.change',
  'answer.submit',
  'hint.request',
  'confidence.set',
  'question.next',
  'question.previous',
  'question.go',
  'quiz.finish',
  'results.show',
  'quiz.restart',
]);

/**
 * Whether a value names a quiz event. Use it on events from storage or other untrusted
 * places: xstate itself refuses reserved types such as `*` by stopping the actor with an error.
 * The payload is checked later by the machine's guards.
 */
export function isQuizEvent(value: unknown): value is QuizEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    EVENT_TYPES.has((value as { type?: unknown }).type as string)
  );
}
