/** How a question went, for feedback, review and progress. */
export type QuestionStatus = 'unanswered' | 'correct' | 'partial' | 'incorrect';

/**
 * The status a graded fraction (0 to 1, before penalties) stands for: all of it is correct,
 * some is partial, none is incorrect; no graded try is unanswered. The one rule behind a try's
 * feedback, the navigator's marks and a question's result.
 */
export function statusOf(fraction: number | undefined): QuestionStatus {
  if (fraction === undefined) return 'unanswered';
  return fraction === 1 ? 'correct' : fraction > 0 ? 'partial' : 'incorrect';
}
