import type { Attempt, ProgressDocument, QuestionResult, QuizAttempt } from './document';
import { REVIEW_QUIZ_ID, reviewQuestionSource } from './review-quiz';
import { compareTimestamps } from './timestamps';

/** A question as the course has it now: its quiz, id, content hash and key points. */
export interface LiveQuestion {
  readonly quizId: string;
  readonly questionId: string;
  /** Content hash of the question now; when both sides have one, they must match to count. */
  readonly questionHash?: string;
  readonly keyPointIds: readonly string[];
}

/** One answer to one question, taken out of the attempt that holds it. */
export interface Answer {
  readonly attemptId: string;
  readonly attemptKind: 'quiz' | 'review';
  readonly quizId: string;
  readonly finishedAt: string;
  readonly result: QuestionResult;
}

/** Lookup of the questions that exist now, by quiz and question id. */
export type LiveQuestionIndex = ReadonlyMap<string, LiveQuestion>;

function questionKey(quizId: string, questionId: string): string {
  return JSON.stringify([quizId, questionId]);
}

/** Indexes the questions that exist now, for `isCounted`. */
export function indexLiveQuestions(questions: readonly LiveQuestion[]): LiveQuestionIndex {
  return new Map(
    questions.map((question) => [questionKey(question.quizId, question.questionId), question]),
  );
}

/** Every answer in the history, oldest first (attempt time, then attempt id, then question order). */
export function answersIn(document: ProgressDocument): Answer[] {
  const attempts = [...document.attempts].sort(compareAttempts);
  return attempts.flatMap((attempt) => answersOf(attempt));
}

/** The answers held by one attempt, in question order; legacy attempts hold none. */
export function answersOf(attempt: Attempt): Answer[] {
  switch (attempt.kind) {
    case 'quiz':
      if (attempt.quizId === REVIEW_QUIZ_ID) return reviewQuizAnswers(attempt);
      return attempt.questions.map((result) => ({
        attemptId: attempt.attemptId,
        attemptKind: 'quiz',
        quizId: attempt.quizId,
        finishedAt: attempt.finishedAt,
        result,
      }));
    case 'review':
      return attempt.questions.map(({ quizId, ...result }) => ({
        attemptId: attempt.attemptId,
        attemptKind: 'review',
        quizId,
        finishedAt: attempt.finishedAt,
        result,
      }));
    case 'legacy':
      return [];
  }
}

/**
 * A review session the quiz player recorded as an attempt at the review quiz: each answer is
 * an answer to the course question its id names (`<quiz id>--<question id>`).
 */
function reviewQuizAnswers(attempt: QuizAttempt): Answer[] {
  return attempt.questions.flatMap((result) => {
    const source = reviewQuestionSource(result.questionId);
    if (source === null) return [];
    return [
      {
        attemptId: attempt.attemptId,
        attemptKind: 'review',
        quizId: source.quizId,
        finishedAt: attempt.finishedAt,
        result: { ...result, questionId: source.questionId },
      },
    ];
  });
}

/**
 * Whether an answer still counts: its question exists now and, when both the answer and the
 * question now carry a content hash, the hashes match (a changed question starts afresh).
 * Answers that do not count stay in history; they are only left out of mastery.
 */
export function isCounted(answer: Answer, live: LiveQuestionIndex): boolean {
  const question = live.get(questionKey(answer.quizId, answer.result.questionId));
  if (question === undefined) return false;
  const then = answer.result.questionHash;
  const now = question.questionHash;
  return then === undefined || now === undefined || then === now;
}

/** The answers that count toward mastery now, oldest first. */
export function countedAnswers(document: ProgressDocument, live: LiveQuestionIndex): Answer[] {
  return answersIn(document).filter((answer) => isCounted(answer, live));
}

/** History order: by finish time, then attempt id so that ties are stable. */
export function compareAttempts(a: Attempt, b: Attempt): number {
  return compareTimestamps(a.finishedAt, b.finishedAt) || a.attemptId.localeCompare(b.attemptId);
}

/** Groups answers by the key points their questions are on, keeping their order. */
export function answersByKeyPoint(answers: readonly Answer[]): Map<string, Answer[]> {
  const groups = new Map<string, Answer[]>();
  for (const answer of answers) {
    for (const keyPointId of new Set(answer.result.keyPointIds)) {
      const group = groups.get(keyPointId);
      if (group === undefined) groups.set(keyPointId, [answer]);
      else group.push(answer);
    }
  }
  return groups;
}
