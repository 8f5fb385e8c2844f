import type { ConfidenceLevel } from '../answer';
import type { QuestionAttempt } from '../attempt';
import type { Question } from '../question';
import type { QuizSettings } from '../quiz';
import { certaintyMark } from './certainty-based-marking';
import { type QuestionStatus, statusOf } from './question-status';

/** The marks of one question in an attempt. */
export interface QuestionResult {
  readonly questionId: string;
  /** Marks earned; negative only under certainty-based marking. */
  readonly earned: number;
  /** Marks the question is worth (its `points`). */
  readonly total: number;
  /** Credit from 0 to 1 after try penalties and hint costs, before certainty-based marking. */
  readonly accuracy: number;
  readonly tries: number;
  readonly hintsUsed: number;
  readonly confidence?: ConfidenceLevel;
  /** Some graded try was fully right. */
  readonly correct: boolean;
  readonly status: QuestionStatus;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Marks for one question. Each graded try `i` (from 0) is worth its fraction less
 * `penaltyPerTry × i`; the best try counts, less `hintCost` per hint shown, kept within 0..1.
 * With confidence on, the result goes through the certainty-based scale (an unrated answer
 * counts as confidence 1) and is scaled so that a confident right answer earns full marks.
 */
export function questionResult(
  question: Question,
  work: QuestionAttempt,
  settings: QuizSettings,
): QuestionResult {
  const best = work.tries.reduce(
    (max, fraction, index) => Math.max(max, fraction - settings.penaltyPerTry * index),
    0,
  );
  const answered = work.tries.length > 0;
  const accuracy = answered
    ? round(Math.min(1, Math.max(0, best - settings.hintCost * work.hintsUsed)))
    : 0;
  const rated = settings.confidence && answered;
  const mark = rated ? certaintyMark(accuracy, work.confidence ?? 1) / 3 : accuracy;
  const correct = work.tries.includes(1);
  // The best try sets the status: a question once fully right is correct.
  const status = statusOf(answered ? Math.max(...work.tries) : undefined);
  return {
    questionId: question.id,
    earned: round(question.points * mark),
    total: question.points,
    accuracy,
    tries: work.tries.length,
    hintsUsed: work.hintsUsed,
    ...(settings.confidence && work.confidence !== undefined
      ? { confidence: work.confidence }
      : {}),
    correct,
    status,
  };
}
