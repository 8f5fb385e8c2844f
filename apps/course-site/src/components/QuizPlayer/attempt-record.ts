import type { Quiz, QuizContext, QuizResults } from '@tmm/quiz-engine';
import type { QuizAttempt } from '../../progress/document';

/**
 * The id of a finished attempt: the quiz, the attempt's seed and its number. Recording the same
 * attempt again (a re-render, a restored finished attempt, another tab) therefore adds nothing.
 */
export function attemptIdOf(context: QuizContext): string {
  return `${context.quizId}:${context.seed.toString(36)}:${context.attempt}`;
}

/**
 * A finished attempt as the progress store keeps it: the engine's result of every question of
 * the attempt, with the question's key points and the content hash it was answered on.
 */
export function attemptRecord(
  quiz: Quiz,
  context: QuizContext,
  results: QuizResults,
  finishedAt: Date,
): QuizAttempt {
  const keyPointsOf = new Map(quiz.questions.map((question) => [question.id, question.keyPoints]));
  return {
    kind: 'quiz',
    attemptId: attemptIdOf(context),
    quizId: quiz.id,
    quizVersion: context.version,
    finishedAt: finishedAt.toISOString(),
    questions: results.questions.map((result) => {
      const hash = context.questions[result.questionId]?.hash;
      return {
        questionId: result.questionId,
        ...(hash ? { questionHash: hash } : {}),
        keyPointIds: [...(keyPointsOf.get(result.questionId) ?? [])],
        earned: result.earned,
        total: result.total,
        accuracy: result.accuracy,
        correct: result.correct,
        ...(result.confidence === undefined ? {} : { confidence: result.confidence }),
        tries: result.tries,
        hints: result.hintsUsed,
      };
    }),
  };
}
