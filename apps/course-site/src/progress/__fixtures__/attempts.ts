import type { QuestionRecord, QuizAttempt, ReviewAttempt } from '../document';

/**
 * A result worth one point that earned `credit` of it; fully right only at 1. Its main key
 * point is the first of `keyPointIds`, as the site records it.
 */
export function result(
  questionId: string,
  keyPointIds: readonly string[],
  credit: number,
  extra: Partial<QuestionRecord> = {},
): QuestionRecord {
  return {
    questionId,
    keyPointIds: [...keyPointIds],
    ...(keyPointIds[0] === undefined ? {} : { mainKeyPointId: keyPointIds[0] }),
    earned: credit,
    total: 1,
    correct: credit === 1,
    tries: 1,
    hints: 0,
    ...extra,
  };
}

/** A finished attempt at the first lesson's quiz (or the quiz named). */
export function quizAttempt(
  attemptId: string,
  finishedAt: string,
  questions: readonly QuestionRecord[],
  quizId = 'lesson-1-quiz',
): QuizAttempt {
  return {
    kind: 'quiz',
    attemptId,
    quizId,
    quizVersion: '1',
    finishedAt,
    questions: [...questions],
  };
}

/** A finished review session over questions of several quizzes. */
export function reviewAttempt(
  attemptId: string,
  finishedAt: string,
  questions: ReviewAttempt['questions'],
): ReviewAttempt {
  return { kind: 'review', attemptId, finishedAt, questions };
}
