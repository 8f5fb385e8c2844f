import { type QuestionRef, questionKey } from '../../shared/question-ref';
import type { Attempt, ProgressDocument, QuestionRecord } from './document';
import { compareTimestamps } from './timestamps';

/** One recorded answer to one question, taken out of the attempt that holds it. */
export interface RecordedAnswer {
  readonly attemptId: string;
  readonly attemptKind: 'quiz' | 'review';
  /** The quiz the question belongs to (for a review, the question's own quiz). */
  readonly quizId: string;
  readonly finishedAt: string;
  readonly result: QuestionRecord;
}

/** Lookup of the questions that exist now, by `questionKey`. */
export type QuestionIndex = ReadonlyMap<string, QuestionRef>;

/** Indexes the questions that exist now, for `isCounted`. */
export function indexQuestions(questions: readonly QuestionRef[]): QuestionIndex {
  return new Map(questions.map((question) => [questionKey(question), question]));
}

/** Every answer in the history, oldest first (attempt time, then attempt id, then question order). */
export function answersIn(document: ProgressDocument): RecordedAnswer[] {
  const attempts = [...document.attempts].sort(compareAttempts);
  return attempts.flatMap((attempt) => answersOf(attempt));
}

/** The answers held by one attempt, in question order; legacy attempts hold none. */
export function answersOf(attempt: Attempt): RecordedAnswer[] {
  switch (attempt.kind) {
    case 'quiz':
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
 * Whether an answer still counts: its question exists now and, when both the answer and the
 * question now carry a content hash, the hashes match (a changed question starts afresh).
 * Answers that do not count stay in history; they are only left out of mastery.
 */
export function isCounted(answer: RecordedAnswer, live: QuestionIndex): boolean {
  return countsNow(
    {
      quizId: answer.quizId,
      questionId: answer.result.questionId,
      questionHash: answer.result.questionHash,
    },
    live,
  );
}

/** The rule of `isCounted` for answers to a question, however they are kept. */
export function countsNow(
  answered: Pick<QuestionRef, 'quizId' | 'questionId'> & {
    readonly questionHash?: string | undefined;
  },
  live: QuestionIndex,
): boolean {
  const question = live.get(questionKey(answered));
  if (question === undefined) return false;
  const then = answered.questionHash;
  const now = question.questionHash;
  return then === undefined || now === undefined || then === now;
}

/** The answers that count toward mastery now, oldest first. */
export function countedAnswers(document: ProgressDocument, live: QuestionIndex): RecordedAnswer[] {
  return answersIn(document).filter((answer) => isCounted(answer, live));
}

/** History order: by finish time, then attempt id so that ties are stable. */
export function compareAttempts(a: Attempt, b: Attempt): number {
  return compareTimestamps(a.finishedAt, b.finishedAt) || a.attemptId.localeCompare(b.attemptId);
}

/** Groups answers by the key points their questions are on, keeping their order. */
export function answersByKeyPoint(
  answers: readonly RecordedAnswer[],
): Map<string, RecordedAnswer[]> {
  const groups = new Map<string, RecordedAnswer[]>();
  for (const answer of answers) {
    for (const keyPointId of new Set(answer.result.keyPointIds)) {
      const group = groups.get(keyPointId);
      if (group === undefined) groups.set(keyPointId, [answer]);
      else group.push(answer);
    }
  }
  return groups;
}
