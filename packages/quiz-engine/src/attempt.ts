import type { Answer, ConfidenceLevel } from './answer';
import type { QuizEvent } from './machine/quiz-events';
import type { PointsScore } from './questions/score-result';
/** The learner's work on one question during an attempt. */
export interface QuestionAttempt {
  /** The current answer: a draft, or the answer last graded. */
  readonly answer?: Answer;
  /** The answer changed since it was last graded. */
  readonly pending: boolean;
  /** The fraction (0 to 1, before penalties) earned by each graded try, in order. */
  readonly tries: readonly number[];
  readonly hintsUsed: number;
  readonly confidence?: ConfidenceLevel;
  /** The score of the last graded try, with its parts for feedback. */
  readonly score?: PointsScore;
  /** No further tries: answered correctly, out of tries, or the attempt finished. */
  readonly closed: boolean;
  /** Why the last submission was refused (incomplete answer, no confidence rating, …). */
  readonly notice?: string;
  /** Hash of the question this work was done on. */
  readonly hash: string;
}

/** One attempt at a quiz: the quiz machine's context, persisted with its snapshot. */
export interface QuizContext {
  /** Shape of this record; a persisted attempt of another shape is not resumed. */
  readonly format: 1;
  readonly quizId: string;
  /** `Quiz.version` the attempt was made on. */
  readonly version: string;
  /** Seed of this attempt's shuffles and pool draw. */
  readonly seed: number;
  /** 1 for the first attempt, then one more on each restart. */
  readonly attempt: number;
  /** Ids of the questions drawn for this attempt, in the order shown. */
  readonly order: readonly string[];
  /** Display order of options, items or right-hand choices, by question id. */
  readonly choiceOrder: Readonly<Record<string, readonly string[]>>;
  /** Index into `order` of the question shown. */
  readonly current: number;
  readonly questions: Readonly<Record<string, QuestionAttempt>>;
  /** Set once the attempt is graded; nothing changes its result afterwards. */
  readonly finished: boolean;
  /** Events accepted during this attempt: replaying them from `seed` gives the same attempt. */
  readonly log: readonly QuizEvent[];
  /** Set when the attempt was carried over from another version of the quiz (its log starts there). */
  readonly migratedFrom?: string;
}
