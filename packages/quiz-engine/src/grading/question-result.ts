import type { ConfidenceLevel } from '../answer';
import type { QuestionAttempt } from '../attempt';
import type { Question } from '../question';
import type { QuizSettings } from '../quiz';
import { certaintyMark } from './certainty-based-marking';
import { type QuestionStatus, statusOf } from './question-status';

/** The marks of one question in an attempt. */
export interface QuestionResult {
  readonly questionId: string;
  /** Marks earned: `total × accuracy`, from 0 to `total`; never negative, confidence aside. */
  readonly earned: number;
  /** Marks the question is worth (its `points`). */
  readonly total: number;
  /** Credit from 0 to 1 after try penalties and hint costs; confidence plays no part in it. */
  readonly accuracy: number;
  readonly tries: number;
  readonly hintsUsed: number;
  readonly confidence?: ConfidenceLevel;
  /**
   * With confidence on, the certainty-based mark on Gardner-Medwin's scale (-6 to 3) for the
   * accuracy at the confidence rated (an unrated answer counts as confidence 1); 0 for a
   * question left unanswered. Reported apart from `earned`.
   */
  readonly certaintyMark?: number;
  /** Some graded try was fully right. */
  readonly correct: boolean;
  readonly status: QuestionStatus;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Marks for one question. Each graded try `i` (from 0) is worth its fraction less
 * `penaltyPerTry × i`; the best try counts, less `hintCost` per hint shown, kept within 0..1:
 * that is its accuracy, and `earned` is the question's points times it. With confidence on, the
 * certainty-based mark is worked out from the accuracy and reported apart, as Moodle reports
 * accuracy and the certainty-based result side by side.
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
  const correct = work.tries.includes(1);
  // The best try sets the status: a question once fully right is correct.
  const status = statusOf(answered ? Math.max(...work.tries) : undefined);
  return {
    questionId: question.id,
    earned: round(question.points * accuracy),
    total: question.points,
    accuracy,
    tries: work.tries.length,
    hintsUsed: work.hintsUsed,
    ...(settings.confidence && work.confidence !== undefined
      ? { confidence: work.confidence }
      : {}),
    ...(settings.confidence
      ? { certaintyMark: answered ? round(certaintyMark(accuracy, work.confidence ?? 1)) : 0 }
      : {}),
    correct,
    status,
  };
}
