import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { EVERY_TYPE_YAML, sampleQuiz, TEST_YAML } from '../__fixtures__/sample-quizzes';
import type { Quiz } from '../quiz';
import type { QuizEvent } from './quiz-events';
import { createQuizMachine, freshAttempt } from './quiz-machine';
import { resultsOf } from './results-of';

const quiz = sampleQuiz(EVERY_TYPE_YAML);

function contextAfter(target: Quiz, events: QuizEvent[]) {
  const actor = createActor(createQuizMachine(target), { input: { seed: 5 } }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot().context;
}

describe('resultsOf', () => {
  it('reports nothing earned and not passed before anything is answered', () => {
    expect(resultsOf(quiz, freshAttempt(quiz, 1, 1))).toMatchObject({
      finished: false,
      earned: 0,
      total: 7,
      score: 0,
      passed: false,
    });
  });

  it('passes a finished attempt at or above the pass mark', () => {
    const answers: QuizEvent[] = [
      { type: 'answer.change', answer: { optionId: 'a' } },
      { type: 'answer.change', answer: { optionIds: ['e', 'z'] } },
      { type: 'answer.change', answer: { value: true } },
      { type: 'answer.change', answer: { blanks: { first: 'alpha', second: 'BETA' } } },
      { type: 'answer.change', answer: { order: ['alpha', 'beta', 'gamma'] } },
    ];
    const events = answers.flatMap((change): QuizEvent[] => [
      change,
      { type: 'answer.submit' },
      { type: 'question.next' },
    ]);
    const results = resultsOf(
      quiz,
      contextAfter(quiz, [{ type: 'quiz.start' }, ...events, { type: 'quiz.finish' }]),
    );
    expect(results).toMatchObject({ finished: true, earned: 5, total: 7, passed: true });
    expect(results.score).toBeCloseTo(5 / 7, 5);
  });

  it('sums each key point over the questions whose main subject it is, a question counting once', () => {
    const results = resultsOf(
      quiz,
      contextAfter(quiz, [{ type: 'quiz.start' }, { type: 'quiz.finish' }]),
    );
    expect(results.keyPoints).toEqual([
      { keyPoint: 'kp-alpha', earned: 0, total: 2, questions: 2, correct: 0, status: 'incorrect' },
      { keyPoint: 'kp-beta', earned: 0, total: 3, questions: 3, correct: 0, status: 'incorrect' },
      // The true-false question lists kp-alpha then kp-gamma: it counts for kp-alpha only.
      { keyPoint: 'kp-gamma', earned: 0, total: 2, questions: 2, correct: 0, status: 'incorrect' },
    ]);
    const counted = results.keyPoints.reduce((sum, keyPoint) => sum + keyPoint.questions, 0);
    expect(counted).toBe(results.questions.length);
  });

  it('says how each key point stands: all right, some marks, or none', () => {
    const events: QuizEvent[] = [
      { type: 'quiz.start' },
      { type: 'answer.change', answer: { optionId: 'a' } },
      { type: 'answer.submit' },
      { type: 'question.next' },
      { type: 'answer.change', answer: { optionIds: ['e'] } },
      { type: 'answer.submit' },
      { type: 'question.next' },
      { type: 'answer.change', answer: { value: true } },
      { type: 'answer.submit' },
      { type: 'quiz.finish' },
    ];
    const status = Object.fromEntries(
      resultsOf(quiz, contextAfter(quiz, events)).keyPoints.map((kp) => [kp.keyPoint, kp.status]),
    );
    // kp-alpha: single and judge (its main key point) both right; kp-beta: half of multiple;
    // kp-gamma: order and match unanswered (the judge question only touches it).
    expect(status).toEqual({
      'kp-alpha': 'correct',
      'kp-beta': 'partial',
      'kp-gamma': 'incorrect',
    });
  });

  it('counts only the questions drawn from a pool', () => {
    const pooled = sampleQuiz(
      EVERY_TYPE_YAML.replace('  passMark: 0.6\n', '  passMark: 0.6\n  pool: { draw: 2 }\n'),
    );
    const results = resultsOf(pooled, contextAfter(pooled, [{ type: 'quiz.start' }]));
    expect(results.questions).toHaveLength(2);
    expect(results.total).toBe(2);
  });

  describe('with confidence ratings', () => {
    const rated = sampleQuiz(TEST_YAML);
    const certaintyGraded = sampleQuiz(
      TEST_YAML.replace(
        'confidence: true,',
        'confidence: true, grading: certainty, passMark: 0.5,',
      ),
    );
    const answer = (value: boolean, blank: string, levels: [1 | 2 | 3, 1 | 2 | 3]): QuizEvent[] => [
      { type: 'quiz.start' },
      { type: 'answer.change', answer: { value } },
      { type: 'confidence.set', level: levels[0] },
      { type: 'question.next' },
      { type: 'answer.change', answer: { blanks: { x: blank } } },
      { type: 'confidence.set', level: levels[1] },
      { type: 'quiz.finish' },
    ];

    it('scores and passes on accuracy by default, reporting the certainty result apart', () => {
      // One right unsure (+1), one wrong sure (-6): average (1 - 6) / 2 = -2.5.
      const results = resultsOf(rated, contextAfter(rated, answer(true, 'Gamma', [1, 3])));
      expect(results).toMatchObject({
        earned: 1,
        total: 2,
        accuracy: 0.5,
        score: 0.5,
        certainty: { average: -2.5, rated: 2 },
        passed: false,
      });
      expect(results.questions.every((question) => question.earned >= 0)).toBe(true);
    });

    it('under certainty grading scores the average out of 3, never below 0', () => {
      const low = resultsOf(
        certaintyGraded,
        contextAfter(certaintyGraded, answer(true, 'Gamma', [1, 3])),
      );
      expect(low).toMatchObject({ accuracy: 0.5, score: 0, passed: false });
      expect(low.certainty?.average).toBe(-2.5);
      const high = resultsOf(
        certaintyGraded,
        contextAfter(certaintyGraded, answer(true, 'Beta', [3, 2])),
      );
      // (3 + 2) / 2 = 2.5 of 3.
      expect(high).toMatchObject({ accuracy: 1, score: 0.833333, passed: true });
    });

    it('has no certainty result when confidence is off', () => {
      expect(resultsOf(quiz, freshAttempt(quiz, 1, 1))).not.toHaveProperty('certainty');
    });
  });
});
