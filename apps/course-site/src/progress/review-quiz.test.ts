import { describe, expect, it } from 'vitest';
import { courseQuestions } from '../../plugins/progress/course-index';
import { loadCourseQuizzes } from './__fixtures__/course-quizzes';
import { answersOf } from './answers';
import { confidenceByKeyPoint } from './confidence';
import { emptyProgressDocument, type QuizAttempt } from './document';
import { masteryByKeyPoint } from './mastery';
import { recordAttempt } from './record-attempt';
import { REVIEW_QUIZ_ID, reviewQuestionSource, reviewQuiz } from './review-quiz';
import type { ReviewSessionPlan } from './review-session';

const quizzes = await loadCourseQuizzes();

// Both quizzes have a question `deterrence-sentence`, on different key points.
const plan: ReviewSessionPlan = {
  keyPointIds: ['extended-deterrence', 'missile-warning-data'],
  questions: [
    {
      quizId: 'alliance-commitments',
      questionId: 'deterrence-sentence',
      keyPointIds: ['extended-deterrence'],
    },
    {
      quizId: 'missile-warning-data',
      questionId: 'deterrence-sentence',
      keyPointIds: ['missile-warning-data'],
    },
  ],
};

const title = 'Review';

describe('the quiz of a review session', () => {
  it('takes the planned questions from the course quizzes, in the plan’s order', () => {
    const review = reviewQuiz(plan, quizzes, title);

    expect(review.quiz.questions.map((question) => question.keyPoints)).toEqual([
      ['extended-deterrence'],
      ['missile-warning-data'],
    ]);
    expect(review.keyPointIds).toEqual(plan.keyPointIds);
  });

  it('keeps two quizzes’ questions of the same id apart', () => {
    const ids = reviewQuiz(plan, quizzes, title).quiz.questions.map((question) => question.id);

    expect(new Set(ids).size).toBe(2);
  });

  it('plays as practice, asks how sure the learner is, and keeps the plan’s order', () => {
    const { quiz } = reviewQuiz(plan, quizzes, title);

    expect(quiz.behaviour).toBe('practice');
    expect(quiz.settings.confidence).toBe(true);
    expect(quiz.settings.shuffleQuestions).toBe(false);
  });

  it('refuses a plan naming a question the course does not have', () => {
    const stale: ReviewSessionPlan = {
      keyPointIds: ['ukraine'],
      questions: [{ quizId: 'rule-of-law', questionId: 'no-such-question', keyPointIds: [] }],
    };

    expect(() => reviewQuiz(stale, quizzes, title)).toThrow(/rule-of-law\/no-such-question/);
  });
});

describe('a review session the quiz player recorded', () => {
  /** The attempt the quiz player records for the review quiz: one right, one missed, both rated sure. */
  function recorded(): QuizAttempt {
    const review = reviewQuiz(plan, quizzes, title);
    const [first, second] = review.quiz.questions;
    return {
      kind: 'quiz',
      attemptId: `${REVIEW_QUIZ_ID}:abc:1`,
      quizId: REVIEW_QUIZ_ID,
      quizVersion: review.quiz.version,
      finishedAt: '2025-03-04T09:00:00.000Z',
      questions: [
        {
          questionId: first?.id ?? '',
          questionHash: first?.hash ?? '',
          keyPointIds: [...(first?.keyPoints ?? [])],
          earned: 1,
          total: 1,
          accuracy: 1,
          correct: true,
          confidence: 3,
          tries: 1,
          hints: 0,
        },
        {
          questionId: second?.id ?? '',
          questionHash: second?.hash ?? '',
          keyPointIds: [...(second?.keyPoints ?? [])],
          earned: -0.67,
          total: 1,
          accuracy: 0,
          correct: false,
          confidence: 3,
          tries: 2,
          hints: 1,
        },
      ],
    };
  }

  it('names each question’s quiz and question in its id, and reads them back', () => {
    const { quiz } = reviewQuiz(plan, quizzes, title);

    expect(quiz.questions.map((question) => reviewQuestionSource(question.id))).toEqual([
      { quizId: 'alliance-commitments', questionId: 'deterrence-sentence' },
      { quizId: 'missile-warning-data', questionId: 'deterrence-sentence' },
    ]);
    expect(reviewQuestionSource('deterrence-sentence')).toBeNull();
  });

  it('counts as answers to the course questions it asked', () => {
    const answers = answersOf(recorded());

    expect(
      answers.map((answer) => [answer.attemptKind, answer.quizId, answer.result.questionId]),
    ).toEqual([
      ['review', 'alliance-commitments', 'deterrence-sentence'],
      ['review', 'missile-warning-data', 'deterrence-sentence'],
    ]);
  });

  it('feeds mastery, sure-and-wrong and the schedule of its key points', () => {
    const document = recordAttempt(emptyProgressDocument(), recorded());
    const options = {
      live: courseQuestions(quizzes),
      keyPointIds: ['extended-deterrence', 'missile-warning-data'],
    };

    const mastery = masteryByKeyPoint(document, options);
    const confidence = confidenceByKeyPoint(document, options);

    expect(mastery.map((entry) => [entry.keyPointId, entry.answers, entry.score])).toEqual([
      ['extended-deterrence', 1, 1],
      ['missile-warning-data', 1, 0],
    ]);
    expect(confidence.map((entry) => [entry.keyPointId, entry.sureAndWrongRate])).toEqual([
      ['extended-deterrence', 0],
      ['missile-warning-data', 1],
    ]);
    expect(document.reviewLogs.map((log) => [log.keyPointId, log.rating])).toEqual([
      ['extended-deterrence', 'easy'],
      ['missile-warning-data', 'again'],
    ]);
  });
});
