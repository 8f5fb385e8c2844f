import type { QuizContext } from '../attempt';
import { CERTAINTY_SCALE } from '../grading/certainty-based-marking';
import { type QuestionResult, questionResult } from '../grading/question-result';
import type { QuestionStatus } from '../grading/question-status';
import { mainKeyPoint } from '../question-base';
import type { Quiz } from '../quiz';
import { questionById } from './attempt-rules';

/**
 * Marks gathered over the questions whose main subject is one key point (`mainKeyPoint`: the
 * first a question lists). A question that also touches other key points counts for its main
 * one only, so these lines agree with the learner's mastery of each key point.
 */
export interface KeyPointResult {
  readonly keyPoint: string;
  readonly earned: number;
  readonly total: number;
  /** Questions of the attempt whose main key point it is. */
  readonly questions: number;
  /** Of those, how many were answered fully right. */
  readonly correct: number;
  /** All its questions fully right, some marks earned, or none. */
  readonly status: KeyPointStatus;
}

/** How a key point stands after an attempt. */
export type KeyPointStatus = Exclude<QuestionStatus, 'unanswered'>;

/** Every question fully right is correct; any marks earned, partial; else incorrect. */
function keyPointStatus(sum: {
  earned: number;
  questions: number;
  correct: number;
}): KeyPointStatus {
  if (sum.correct === sum.questions) return 'correct';
  return sum.earned > 0 ? 'partial' : 'incorrect';
}

/**
 * The confidence result of an attempt, reported apart from accuracy as Moodle does: the
 * certainty-based marks (Gardner-Medwin's scale, -6 to 3 a mark) averaged over the attempt's
 * marks, each question weighing its points; an unanswered question counts 0.
 */
export interface CertaintyResult {
  /** Average certainty-based mark per mark of the quiz, from -6 to 3. */
  readonly average: number;
  /** Questions answered with a confidence rating. */
  readonly rated: number;
}

/** The result of an attempt, per question, per key point and overall. */
export interface QuizResults {
  /** The attempt is graded; before that the figures show the standing so far. */
  readonly finished: boolean;
  /** Marks earned, 0 to `total`: accuracy, confidence aside. */
  readonly earned: number;
  readonly total: number;
  /** `earned / total`, 0 to 1 (0 when there is nothing to earn). */
  readonly accuracy: number;
  /** With confidence on, the certainty-based result; absent otherwise. */
  readonly certainty?: CertaintyResult;
  /**
   * The headline score and what the pass rule uses, 0 to 1, never negative: `accuracy`, or
   * under `grading: certainty` the certainty average as a share of 3, kept at 0 or above.
   */
  readonly score: number;
  /** Finished with `score` at least the quiz's pass mark. */
  readonly passed: boolean;
  /** In the order the attempt showed them. */
  readonly questions: readonly QuestionResult[];
  /** Per main key point, in order of first appearance. */
  readonly keyPoints: readonly KeyPointResult[];
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function certaintyOf(questions: readonly QuestionResult[], total: number): CertaintyResult {
  const marks = questions.reduce(
    (sum, result) => sum + (result.certaintyMark ?? 0) * result.total,
    0,
  );
  return {
    average: total > 0 ? round(marks / total) : 0,
    rated: questions.filter((result) => result.confidence !== undefined && result.tries > 0).length,
  };
}

/** The results of an attempt (pure: derived from the context alone). */
export function resultsOf(quiz: Quiz, context: QuizContext): QuizResults {
  const questions: QuestionResult[] = [];
  const keyPoints = new Map<
    string,
    { earned: number; total: number; questions: number; correct: number }
  >();
  for (const id of context.order) {
    const question = questionById(quiz, id);
    const work = context.questions[id];
    if (!question || !work) continue;
    const result = questionResult(question, work, quiz.settings);
    questions.push(result);
    // A question counts for its main key point only, as mastery counts it.
    const keyPoint = mainKeyPoint(question);
    if (keyPoint !== undefined) {
      const sum = keyPoints.get(keyPoint) ?? { earned: 0, total: 0, questions: 0, correct: 0 };
      keyPoints.set(keyPoint, {
        earned: sum.earned + result.earned,
        total: sum.total + result.total,
        questions: sum.questions + 1,
        correct: sum.correct + (result.correct ? 1 : 0),
      });
    }
  }
  const earned = round(questions.reduce((sum, result) => sum + result.earned, 0));
  const total = round(questions.reduce((sum, result) => sum + result.total, 0));
  const accuracy = total > 0 ? round(earned / total) : 0;
  const certainty = quiz.settings.confidence ? certaintyOf(questions, total) : undefined;
  const score =
    quiz.settings.grading === 'certainty' && certainty !== undefined
      ? round(Math.max(0, certainty.average / CERTAINTY_SCALE[3].right))
      : accuracy;
  return {
    finished: context.finished,
    earned,
    total,
    accuracy,
    ...(certainty === undefined ? {} : { certainty }),
    score,
    passed: context.finished && score >= quiz.settings.passMark,
    questions,
    keyPoints: [...keyPoints].map(([keyPoint, sum]) => ({
      keyPoint,
      ...sum,
      earned: round(sum.earned),
      total: round(sum.total),
      status: keyPointStatus(sum),
    })),
  };
}
