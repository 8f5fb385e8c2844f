/** Something an export or import could not carry over as it is, named by quiz and question. */
export interface InteropWarning {
  readonly quizId: string;
  /** The question concerned; absent for the quiz as a whole. */
  readonly questionId?: string;
  /** What was changed or left out, and why. */
  readonly message: string;
}

/** `quiz-id / question-id: message`, one line. */
export function formatWarning(warning: InteropWarning): string {
  const where =
    warning.questionId === undefined ? warning.quizId : `${warning.quizId} / ${warning.questionId}`;
  return `${where}: ${warning.message}`;
}
