import {
  mainKeyPoint,
  type Question,
  type QuestionResult,
  type Quiz,
  type QuizContext,
  type QuizResults,
} from '@tmm/quiz-engine';
import { dequal } from 'dequal';
import type { Attempt, QuestionRecord, QuizAttempt, ReviewAttempt } from './document';
import type { ReviewQuiz } from './review-quiz';

/**
 * The id of a finished attempt: the quiz, the attempt's seed and its number. Recording the same
 * result again (a re-render, a retry) therefore adds nothing; two tabs that resumed one attempt
 * and finished it differently keep both results (`keepAttempt`).
 */
export function attemptIdOf(context: Pick<QuizContext, 'quizId' | 'seed' | 'attempt'>): string {
  return `${context.quizId}:${context.seed.toString(36)}:${context.attempt}`;
}

/**
 * The attempt as it joins `attempts`: as it is, under a free `~n` id if its id holds another
 * result, or null when the same result is already there (under its id or one of those).
 */
export function keepAttempt(attempts: readonly Attempt[], attempt: Attempt): Attempt | null {
  const byId = new Map(attempts.map((existing) => [existing.attemptId, existing]));
  const base = attempt.attemptId;
  for (let n = 1; ; n += 1) {
    const attemptId = n === 1 ? base : `${base}~${n}`;
    const existing = byId.get(attemptId);
    const candidate = n === 1 ? attempt : { ...attempt, attemptId };
    if (existing === undefined) return candidate;
    if (dequal(existing, candidate)) return null;
  }
}

/** An attempt id without the `~n` a second result of the same attempt was given. */
export function attemptBaseId(attemptId: string): string {
  return attemptId.replace(/~\d+$/, '');
}

/**
 * The engine's result of one question as the progress store keeps it, with the question's key
 * points, the main one it counts for (`mainKeyPoint`: its first listed) and the content hash it
 * was answered on.
 */
function questionRecord(
  result: QuestionResult,
  question: Pick<Question, 'id' | 'keyPoints'>,
  hash: string | undefined,
): QuestionRecord {
  const main = mainKeyPoint(question);
  return {
    questionId: question.id,
    ...(hash ? { questionHash: hash } : {}),
    keyPointIds: [...question.keyPoints],
    ...(main === undefined ? {} : { mainKeyPointId: main }),
    earned: result.earned,
    total: result.total,
    accuracy: result.accuracy,
    correct: result.correct,
    ...(result.confidence === undefined ? {} : { confidence: result.confidence }),
    tries: result.tries,
    hints: result.hintsUsed,
  };
}

/** A finished attempt at a quiz as the progress store keeps it: every question of the attempt. */
export function attemptRecord(
  quiz: Quiz,
  context: QuizContext,
  results: QuizResults,
  finishedAt: Date,
): QuizAttempt {
  const questions = new Map(quiz.questions.map((question) => [question.id, question]));
  return {
    kind: 'quiz',
    attemptId: attemptIdOf(context),
    quizId: quiz.id,
    quizVersion: context.version,
    finishedAt: finishedAt.toISOString(),
    questions: results.questions.map((result) =>
      questionRecord(
        result,
        questions.get(result.questionId) ?? { id: result.questionId, keyPoints: [] },
        context.questions[result.questionId]?.hash,
      ),
    ),
  };
}

/**
 * A finished "Review now" session as the progress store keeps it: a review attempt whose every
 * answer names the course question it was to (its quiz, its id there), never the id it was
 * played under. Throws if the session asked a question its review quiz does not know.
 */
export function reviewAttemptRecord(
  review: ReviewQuiz,
  context: QuizContext,
  results: QuizResults,
  finishedAt: Date,
): ReviewAttempt {
  return {
    kind: 'review',
    attemptId: attemptIdOf(context),
    finishedAt: finishedAt.toISOString(),
    questions: results.questions.map((result) => {
      const source = review.sources.get(result.questionId);
      if (source === undefined)
        throw new Error(`The review has no course question for ${result.questionId}.`);
      return {
        quizId: source.quizId,
        ...questionRecord(result, source.question, context.questions[result.questionId]?.hash),
      };
    }),
  };
}
