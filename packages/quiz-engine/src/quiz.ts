import type { Question } from './question';

export type { EvidenceAnchor } from './evidence-anchor';

/** How a quiz gives feedback, in Moodle's sense of a question behaviour. */
export type Behaviour = 'practice' | 'test';

/** What a quiz's score and pass rule are worked out from. */
export type Grading = 'accuracy' | 'certainty';

/** Draw some of the quiz's questions for each attempt. */
export interface PoolSettings {
  /** How many questions to draw (per key point when `perKeyPoint`). */
  readonly draw: number;
  /** Draw `draw` questions from each key point's questions (grouped by a question's first key point). */
  readonly perKeyPoint: boolean;
}

/** The settings of a quiz, with every default applied. */
export interface QuizSettings {
  /** Graded tries per question in practice behaviour. */
  readonly tries: number;
  /** Fraction of a question's marks lost for each try after the first. */
  readonly penaltyPerTry: number;
  /** Whether learners may ask for hints. */
  readonly hints: boolean;
  /** Fraction of a question's marks lost for each hint shown. */
  readonly hintCost: number;
  /** Whether learners rate their confidence (certainty-based marking). */
  readonly confidence: boolean;
  /**
   * What the headline score and the pass rule use: `accuracy` (the marks, confidence aside), or
   * `certainty` (the average certainty-based mark as a share of the best, 3, never below 0),
   * which needs `confidence`; absent means `accuracy`. Both are reported when confidence is on.
   */
  readonly grading?: Grading;
  /** Shuffle the order of questions in each attempt. */
  readonly shuffleQuestions: boolean;
  /** Shuffle the options of choice questions in each attempt. */
  readonly shuffleOptions: boolean;
  /** Fraction of the total marks needed to pass. */
  readonly passMark: number;
  /** Draw a subset of questions for each attempt. */
  readonly pool?: PoolSettings;
}

/** A parsed, checked quiz: what the machine and scorers run on. */
export interface Quiz {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly behaviour: Behaviour;
  readonly settings: QuizSettings;
  readonly questions: readonly Question[];
  /** Stable hash of the quiz's content: a persisted attempt of another version is detected by it. */
  readonly version: string;
}
