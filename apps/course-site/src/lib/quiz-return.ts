/**
 * Where a learner left a quiz for the full reader, so that coming back (Back) lands focus on the
 * quiz again. It is kept per history entry (the router's `location.key`): only a return to that
 * very entry counts; opening the lesson afresh later starts at the top as any page does.
 */
export interface QuizReturn {
  /** The router's key of the lesson's history entry the learner left. */
  readonly entry: string;
  readonly quizId: string;
}

const KEY = 'tmm-quiz-return';

/** Notes that the learner leaves `quizId` at history entry `entry` for the reader. */
export function rememberQuizReturn(entry: string, quizId: string, storage?: Storage): void {
  try {
    (storage ?? sessionStorage).setItem(KEY, JSON.stringify({ entry, quizId }));
  } catch {
    // Storage refused (private mode, quota): Back then simply starts at the top.
  }
}

/**
 * Whether this is the return to `quizId` at history entry `entry`; a note that matches is used
 * up, so a later visit does not take focus again.
 */
export function takeQuizReturn(entry: string, quizId: string, storage?: Storage): boolean {
  try {
    const store = storage ?? sessionStorage;
    const text = store.getItem(KEY);
    if (text === null) return false;
    const noted: unknown = JSON.parse(text);
    const matches =
      typeof noted === 'object' &&
      noted !== null &&
      (noted as Partial<QuizReturn>).entry === entry &&
      (noted as Partial<QuizReturn>).quizId === quizId;
    if (matches) store.removeItem(KEY);
    return matches;
  } catch {
    return false;
  }
}
