/** How one part of an answer (an option, blank, item, pair or sentence) was judged. */
export type PartStatus = 'correct' | 'incorrect' | 'missed';

/** The judgement of one part: `missed` marks a correct part the learner did not give. */
export interface PartMark {
  readonly id: string;
  readonly status: PartStatus;
}

/** An answer that cannot be graded yet (incomplete or malformed): not wrong, and it costs no try. */
export interface InvalidScore {
  readonly type: 'invalid';
  readonly message: string;
}

/** A graded answer: `earned` of `total` raw points, `correct` when fully right. */
export interface PointsScore {
  readonly type: 'points';
  readonly earned: number;
  readonly total: number;
  readonly correct: boolean;
  /** Per option, blank, item, pair or sentence, for feedback. */
  readonly parts: readonly PartMark[];
}

/** What every scorer returns. */
export type ScoreResult = InvalidScore | PointsScore;

/** Builds an invalid score. */
export const invalid = (message: string): InvalidScore => ({ type: 'invalid', message });

/** Builds a points score; `correct` when every point is earned. */
export const points = (earned: number, total: number, parts: readonly PartMark[]): PointsScore => ({
  type: 'points',
  earned,
  total,
  correct: earned === total,
  parts,
});

/** The authored feedback of the parts judged incorrect (blanks, pairs), in the order written. */
export function wrongPartNotes(
  parts: readonly PartMark[],
  entries: readonly { readonly id: string; readonly feedback?: string }[],
): string[] {
  const wrong = new Set(parts.filter((part) => part.status === 'incorrect').map((part) => part.id));
  return entries.flatMap((entry) =>
    wrong.has(entry.id) && entry.feedback ? [entry.feedback] : [],
  );
}
