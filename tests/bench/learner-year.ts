// A year of a learner's daily work on the real course, recorded by the site's own progress code
// (recordAttempt, so the scheduler's cards and review logs are those the site would store): the
// learner record that `npm run bench:progress` measures.
import { hashString, mulberry32, type Quiz } from '@tmm/quiz-engine';
import type { QuestionRef } from '../../apps/course-site/shared/question-ref';
import type {
  Attempt,
  ProgressDocument,
  QuestionRecord,
  QuizAttempt,
  ReviewAttempt,
} from '../../apps/course-site/src/progress/document';
import { emptyProgressDocument } from '../../apps/course-site/src/progress/document';
import { recordAttempt } from '../../apps/course-site/src/progress/record-attempt';
import { reviewSession } from '../../apps/course-site/src/progress/review-session';
import {
  createProgressStore,
  PROGRESS_STORAGE_KEY,
  type StorageLike,
} from '../../apps/course-site/src/progress/storage';

/** How the simulated year runs. */
export interface YearOptions {
  /** The course's quizzes, whose questions are answered. */
  readonly quizzes: readonly Quiz[];
  /** The first day, at the hour the learner studies. */
  readonly start: Date;
  readonly days: number;
  /** Answers a day: the day's "Review now" session first, then quizzes in course order. */
  readonly answersPerDay: number;
  readonly seed: string;
}

/** The course's questions as progress refers to them. */
export function questionRefs(quizzes: readonly Quiz[]): QuestionRef[] {
  return quizzes.flatMap((quiz) =>
    quiz.questions.map((question) => ({
      quizId: quiz.id,
      questionId: question.id,
      questionHash: question.hash,
      keyPointIds: [...question.keyPoints],
      questionType: question.type,
    })),
  );
}

/**
 * Every day: a "Review now" session on the key points due (the site's planner, up to 10
 * questions), then whole quizzes in course order until the day has `answersPerDay` answers.
 * A learner who gets better: the chance of a right first try grows from 0.5 to 0.9 over the year;
 * a wrong first try is retried once and right half the time; every answer is rated for
 * confidence. Seeded: the same options give the same document.
 */
export function simulateYear(
  options: YearOptions,
  record: (document: ProgressDocument, attempt: Attempt) => ProgressDocument = recordAttempt,
): ProgressDocument {
  const random = mulberry32(hashString(options.seed));
  const refs = questionRefs(options.quizzes);
  let document = emptyProgressDocument();
  let nextQuiz = 0;
  const answer = (ref: QuestionRef, day: number): QuestionRecord => {
    const skill = 0.5 + (0.4 * day) / Math.max(options.days - 1, 1);
    const firstTry = random() < skill;
    const secondTry = !firstTry && random() < 0.5;
    const accuracy = firstTry ? 1 : secondTry ? 2 / 3 : 0;
    const hints = random() < 0.1 ? 1 : 0;
    return {
      questionId: ref.questionId,
      ...(ref.questionHash === undefined ? {} : { questionHash: ref.questionHash }),
      keyPointIds: [...ref.keyPointIds],
      ...(ref.keyPointIds[0] === undefined ? {} : { mainKeyPointId: ref.keyPointIds[0] }),
      earned: accuracy,
      total: 1,
      accuracy,
      correct: accuracy === 1,
      confidence: (1 + Math.floor(random() * 3)) as 1 | 2 | 3,
      tries: firstTry ? 1 : 2,
      hints,
    };
  };
  for (let day = 0; day < options.days; day += 1) {
    const morning = new Date(options.start.getTime() + day * 86_400_000);
    let answered = 0;
    const plan = reviewSession(document, refs, { now: morning, seed: `${options.seed}:${day}` });
    if (plan.questions.length > 0) {
      const review: ReviewAttempt = {
        kind: 'review',
        attemptId: `review-session:${day.toString(36)}:1`,
        finishedAt: new Date(morning.getTime() + 10 * 60_000).toISOString(),
        questions: plan.questions.map((ref) => ({ quizId: ref.quizId, ...answer(ref, day) })),
      };
      document = record(document, review);
      answered += review.questions.length;
    }
    for (let minutes = 20; answered < options.answersPerDay; minutes += 10) {
      const quiz = options.quizzes[nextQuiz % options.quizzes.length];
      nextQuiz += 1;
      if (quiz === undefined) break;
      const attempt: QuizAttempt = {
        kind: 'quiz',
        attemptId: `${quiz.id}:${day.toString(36)}:${nextQuiz}`,
        quizId: quiz.id,
        finishedAt: new Date(morning.getTime() + minutes * 60_000).toISOString(),
        questions: refs.filter((ref) => ref.quizId === quiz.id).map((ref) => answer(ref, day)),
      };
      document = record(document, attempt);
      answered += attempt.questions.length;
    }
  }
  return document;
}

/** How many answers a document holds, over every attempt. */
export function answerCount(document: ProgressDocument): number {
  return document.attempts.reduce(
    (sum, attempt) => sum + (attempt.kind === 'legacy' ? 0 : attempt.questions.length),
    0,
  );
}

/** A Storage in memory, as a browser's localStorage behaves. */
export function memoryStorage(entries: Record<string, string> = {}): StorageLike {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

/**
 * The same year, each attempt recorded through the site's progress store (`createProgressStore`
 * over a storage in memory, its clock at the attempt's finish time), so the store compacts as it
 * writes: `raw` is the text the store left in storage, `document` what it reads as.
 */
export function storedYear(options: YearOptions): { raw: string; document: ProgressDocument } {
  const storage = memoryStorage();
  let clock = options.start;
  const store = createProgressStore({ storage, events: null, now: () => clock });
  const document = simulateYear(options, (_current, attempt) => {
    clock = new Date(attempt.finishedAt);
    return store.update((current) => recordAttempt(current, attempt));
  });
  const raw = storage.getItem(PROGRESS_STORAGE_KEY);
  if (raw === null) throw new Error('The store wrote nothing');
  return { raw, document };
}
