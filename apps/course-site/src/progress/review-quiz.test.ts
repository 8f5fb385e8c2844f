import { createQuizMachine, type QuizEvent, resultsOf } from '@tmm/quiz-engine';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { courseQuestions } from '../../plugins/progress/course-index';
import { course } from '../__fixtures__/course';
import { answersOf } from './answers';
import { reviewAttemptRecord } from './attempt-record';
import { confidenceByKeyPoint } from './confidence';
import { emptyProgressDocument, progressSchemas, type ReviewAttempt } from './document';
import { masteryByKeyPoint } from './mastery';
import { recordAttempt } from './record-attempt';
import { reviewQuiz } from './review-quiz';
import type { ReviewSessionPlan } from './review-session';

const { quizzes } = course;

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

describe('a review session the quiz player finished', () => {
  /** Plays the review: the first question right and rated sure, the second wrong though sure. */
  function finished(): ReviewAttempt {
    const review = reviewQuiz(plan, quizzes, title);
    const [first, second] = review.quiz.questions;
    if (first?.type !== 'select-evidence' || second?.type !== 'select-evidence')
      throw new Error('the plan asks two select-the-evidence questions');
    const actor = createActor(createQuizMachine(review.quiz), { input: { seed: 5 } }).start();
    const send = (event: QuizEvent) => actor.send(event);
    send({ type: 'quiz.start' });
    send({ type: 'answer.change', answer: { sentenceIds: first.evidenceSentenceIds } });
    send({ type: 'confidence.set', level: 3 });
    send({ type: 'answer.submit' });
    send({ type: 'question.next' });
    const wrong = second.sentenceIds.filter((id) => !second.evidenceSentenceIds.includes(id));
    send({ type: 'answer.change', answer: { sentenceIds: wrong.slice(0, 1) } });
    send({ type: 'confidence.set', level: 3 });
    send({ type: 'answer.submit' });
    send({ type: 'quiz.finish' });
    const { context } = actor.getSnapshot();
    return reviewAttemptRecord(
      review,
      context,
      resultsOf(review.quiz, context),
      new Date('2025-03-04T09:00:00.000Z'),
    );
  }

  it('is recorded as a review attempt naming each question’s own quiz and id', () => {
    const attempt = finished();

    expect(progressSchemas().attempt.safeParse(attempt).success).toBe(true);
    expect(attempt.kind).toBe('review');
    expect(attempt.questions.map(({ quizId, questionId }) => [quizId, questionId])).toEqual([
      ['alliance-commitments', 'deterrence-sentence'],
      ['missile-warning-data', 'deterrence-sentence'],
    ]);
  });

  it('keeps each question’s content hash and key points as its own quiz has them', () => {
    const byQuiz = new Map(quizzes.map((quiz) => [quiz.id, quiz]));

    const own = finished().questions.map(({ quizId, questionId }) =>
      byQuiz.get(quizId)?.questions.find((question) => question.id === questionId),
    );

    expect(finished().questions.map((q) => [q.questionHash, q.keyPointIds])).toEqual(
      own.map((question) => [question?.hash, question?.keyPoints]),
    );
  });

  it('counts as answers to the course questions it asked', () => {
    const answers = answersOf(finished());

    expect(
      answers.map((answer) => [answer.attemptKind, answer.quizId, answer.result.questionId]),
    ).toEqual([
      ['review', 'alliance-commitments', 'deterrence-sentence'],
      ['review', 'missile-warning-data', 'deterrence-sentence'],
    ]);
  });

  it('feeds mastery, sure-and-wrong and the schedule of its key points', () => {
    const document = recordAttempt(emptyProgressDocument(), finished());
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
