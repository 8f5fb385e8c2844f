import type { Question, Quiz, QuizSettings } from '@tmm/quiz-engine';
import { questionKey } from '../../shared/question-ref';
import { REVIEW_QUIZ_ID } from '../../shared/reserved-quiz-ids';
import type { ReviewSessionPlan } from './review-session';

/** Where a question of a review quiz comes from. */
export interface ReviewSource {
  readonly quizId: string;
  /** The question as its own quiz has it (its id there, its hash and key points). */
  readonly question: Question;
}

/** A review session made playable: a practice quiz, and where each of its questions comes from. */
export interface ReviewQuiz {
  readonly quiz: Quiz;
  /** By the review quiz's question id. */
  readonly sources: ReadonlyMap<string, ReviewSource>;
  /** The due key points the session covers. */
  readonly keyPointIds: readonly string[];
}

/**
 * How a review plays: practice behaviour (feedback at once, a second try, hints) with the
 * learner rating how sure they are, which feeds "sure and wrong". The order is the plan's
 * (key points interleaved), so questions are not shuffled again.
 */
export const REVIEW_SETTINGS: QuizSettings = {
  tries: 2,
  penaltyPerTry: 1 / 3,
  hints: true,
  hintCost: 0.1,
  confidence: true,
  shuffleQuestions: false,
  shuffleOptions: true,
  passMark: 0.7,
};

/**
 * The quiz for a review session, played as the quiz `REVIEW_QUIZ_ID`: the plan's questions,
 * taken from the course quizzes, each under its `questionKey` (two quizzes may both have a
 * question `q1`), with their content hashes and key points unchanged. `sources` says which
 * course question each one is, so that the finished session is recorded as a review of those
 * questions: the ids it plays under are never stored. Its version names its questions, so an
 * unfinished session resumes only as the same session. Throws if the plan names a question
 * that none of `quizzes` has.
 */
export function reviewQuiz(
  plan: ReviewSessionPlan,
  quizzes: readonly Quiz[],
  title: string,
): ReviewQuiz {
  const byId = new Map(quizzes.map((quiz) => [quiz.id, quiz]));
  const sources = new Map<string, ReviewSource>();
  const questions = plan.questions.map(({ quizId, questionId }) => {
    const question = byId.get(quizId)?.questions.find((candidate) => candidate.id === questionId);
    if (question === undefined) {
      throw new Error(
        `The review session asks for ${quizId}/${questionId}, which is not in the course.`,
      );
    }
    const id = questionKey({ quizId, questionId });
    sources.set(id, { quizId, question });
    return { ...question, id };
  });
  return {
    quiz: {
      id: REVIEW_QUIZ_ID,
      title,
      behaviour: 'practice',
      settings: REVIEW_SETTINGS,
      questions,
      version: `review:${questions.map((question) => `${question.id}@${question.hash}`).join(',')}`,
    },
    sources,
    keyPointIds: plan.keyPointIds,
  };
}
