import type { QuizContext } from '../attempt';
import { type QuestionResult, questionResult } from '../grading/question-result';
import type { QuestionStatus } from '../grading/question-status';
import type { Quiz } from '../quiz';
import { questionById } from './attempt-rules';

/** Marks gathered over the questions that test one key point. */
export interface KeyPointResult {
  readonly keyPoint: string;
  readonly earned: number;
  readonly total: number;
  /** Questions of the attempt that test the key point. */
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

/** The result of an attempt, per question, per key point and overall. */
export interface QuizResults {
  /** The attempt is graded; before that the figures show the standing so far. */
  readonly finished: boolean;
  readonly earned: number;
  readonly total: number;
  /** `earned / total` (0 when there is nothing to earn); negative only with certainty-based marking. */
  readonly score: number;
  /** Finished with `score` at least the quiz's pass mark. */
  readonly passed: boolean;
  /** In the order the attempt showed them. */
  readonly questions: readonly QuestionResult[];
  /** In order of first appearance. */
  readonly keyPoints: readonly KeyPointResult[];
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

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
    for (const keyPoint of question.keyPoints) {
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
  const score = total > 0 ? round(earned / total) : 0;
  return {
    finished: context.finished,
    earned,
    total,
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
