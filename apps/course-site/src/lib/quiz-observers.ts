import type { Quiz, QuizContext } from '@tmm/quiz-engine';

/**
 * Something told of every change of a quiz played on the page, before the change is saved:
 * the SCORM build's adapter reports graded answers to the LMS this way. The normal site
 * registers none, and then telling them costs one loop over an empty set.
 */
export type QuizObserver = (quiz: Quiz, context: QuizContext) => void;

const observers = new Set<QuizObserver>();

/** Registers an observer; returns the function that removes it. */
export function observeQuizzes(observer: QuizObserver): () => void {
  observers.add(observer);
  return () => {
    observers.delete(observer);
  };
}

/** Tells every observer of a change; an observer that throws never stops the quiz. */
export function notifyQuizObservers(quiz: Quiz, context: QuizContext): void {
  for (const observer of observers) {
    try {
      observer(quiz, context);
    } catch (error) {
      console.error(error);
    }
  }
}
