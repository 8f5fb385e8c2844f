import { describe, expect, it } from 'vitest';
import type { QuestionRef } from '../../shared/question-ref';
import { quizAttempt, result, reviewAttempt } from './__fixtures__/attempts';
import { emptyProgressDocument, type ProgressDocument } from './document';
import { completeLesson, openLesson } from './lessons';
import {
  MASTERY_RULE,
  type MasteryEvidence,
  masteryByKeyPoint,
  masteryLevel,
  weightedScore,
} from './mastery';

const live: QuestionRef[] = [
  {
    quizId: 'lesson-1-quiz',
    questionId: 'q1',
    keyPointIds: ['denuclearization'],
    questionType: 'single-choice',
  },
  {
    quizId: 'lesson-1-quiz',
    questionId: 'q2',
    keyPointIds: ['denuclearization', 'missile-warning-data'],
    questionType: 'true-false',
  },
  {
    quizId: 'lesson-1-quiz',
    questionId: 'q3',
    questionHash: 'h3-new',
    keyPointIds: ['missile-warning-data'],
    questionType: 'single-choice',
  },
  {
    quizId: 'lesson-2-quiz',
    questionId: 'q1',
    keyPointIds: ['ukraine'],
    questionType: 'fill-in-the-blank',
  },
];

const evidence = (more: Partial<MasteryEvidence>): MasteryEvidence => ({
  score: 1,
  answers: 3,
  correctTypes: 2,
  retained: true,
  lessonsOpened: true,
  ...more,
});

function withAttempts(...attempts: ProgressDocument['attempts']): ProgressDocument {
  return { ...emptyProgressDocument(), attempts };
}

describe('the mastery rule', () => {
  it('weighs the most recent answer fully and older ones half as much every three answers back', () => {
    expect(MASTERY_RULE.halfLife).toBe(3);
    expect(weightedScore([1])).toBe(1);
    // Weights, oldest first: 0.5, 0.5^(2/3), 0.5^(1/3), 1.
    expect(weightedScore([1, 0, 0, 0])).toBeCloseTo(0.5 / (0.5 + 0.63 + 0.7937 + 1), 3);
    expect(weightedScore([])).toBeNull();
  });

  it('lets a recent right answer count for more than an older wrong one', () => {
    const improving = weightedScore([0, 1]) ?? 0;
    const slipping = weightedScore([1, 0]) ?? 0;

    expect(improving).toBeCloseTo(1 / (1 + 0.5 ** (1 / 3)), 6);
    expect(improving).toBeGreaterThan(0.5);
    expect(slipping).toBeLessThan(0.5);
  });

  it('names the levels by what was earned', () => {
    expect(masteryLevel(evidence({ score: null, answers: 0 }))).toBe('not-started');
    expect(masteryLevel(evidence({ score: 0.4 }))).toBe('attempted');
    expect(masteryLevel(evidence({ score: 0.6, correctTypes: 0 }))).toBe('attempted');
    expect(masteryLevel(evidence({ score: 0.6, answers: 1, correctTypes: 1 }))).toBe('familiar');
    expect(masteryLevel(evidence({ score: 0.84 }))).toBe('familiar');
    expect(masteryLevel(evidence({ correctTypes: 1 }))).toBe('familiar');
    expect(masteryLevel(evidence({ retained: false }))).toBe('proficient');
    expect(masteryLevel(evidence({}))).toBe('mastered');
  });

  it('holds a key point whose lesson is not done at familiar, however well answered', () => {
    expect(masteryLevel(evidence({ lessonsOpened: false }))).toBe('familiar');
    expect(masteryLevel(evidence({ lessonsOpened: false, score: 0.3 }))).toBe('attempted');
  });
});

describe('mastery by key point', () => {
  it('counts a question for its main key point only, across attempts, recent answers weighing more', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
        result('q1', ['denuclearization'], 0),
        result('q2', ['denuclearization', 'missile-warning-data'], 1),
      ]),
      quizAttempt('a2', '2025-03-02T10:00:00.000Z', [result('q1', ['denuclearization'], 1)]),
    );

    const [denuclearization, missiles] = masteryByKeyPoint(document, {
      live,
      keyPointIds: ['denuclearization', 'missile-warning-data'],
    });

    expect(denuclearization).toMatchObject({
      keyPointId: 'denuclearization',
      answers: 3,
      level: 'familiar',
      correctTypes: 2,
      lastAnsweredAt: '2025-03-02T10:00:00.000Z',
    });
    expect(denuclearization?.score).toBeCloseTo(weightedScore([0, 1, 1]) ?? 0, 9);
    // q2 touches missile warning data but is about denuclearization: it does not count here.
    expect(missiles).toMatchObject({ answers: 0, level: 'not-started' });
  });

  it('calls a key point proficient after strong answers on two question types in one sitting', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
        result('q1', ['denuclearization'], 1),
        result('q2', ['denuclearization', 'missile-warning-data'], 1),
      ]),
    );
    const [mastery] = masteryByKeyPoint(document, { live, keyPointIds: ['denuclearization'] });
    expect(mastery).toMatchObject({ level: 'proficient', correctTypes: 2, retained: false });
  });

  it('stays familiar with strong answers on one question type only', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['denuclearization'], 1)]),
      quizAttempt('a2', '2025-03-03T10:00:00.000Z', [result('q1', ['denuclearization'], 1)]),
      quizAttempt('a3', '2025-03-08T10:00:00.000Z', [result('q1', ['denuclearization'], 1)]),
    );
    const [mastery] = masteryByKeyPoint(document, { live, keyPointIds: ['denuclearization'] });
    expect(mastery).toMatchObject({ level: 'familiar', correctTypes: 1 });
  });

  it('calls a key point mastered once a review a day or more after the first correct answer is correct', () => {
    const firstSitting = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
      result('q1', ['denuclearization'], 1),
      result('q2', ['denuclearization', 'missile-warning-data'], 1),
    ]);
    const sameDay = reviewAttempt('r1', '2025-03-01T20:00:00.000Z', [
      { quizId: 'lesson-1-quiz', ...result('q1', ['denuclearization'], 1) },
    ]);
    const nextDay = reviewAttempt('r2', '2025-03-02T10:00:00.000Z', [
      { quizId: 'lesson-1-quiz', ...result('q1', ['denuclearization'], 1) },
    ]);
    const options = { live, keyPointIds: ['denuclearization'] };

    expect(masteryByKeyPoint(withAttempts(firstSitting, sameDay), options)[0]?.level).toBe(
      'proficient',
    );
    expect(masteryByKeyPoint(withAttempts(firstSitting, nextDay), options)[0]?.level).toBe(
      'mastered',
    );
    // A quiz retaken the next day is not a spaced review.
    const retaken = quizAttempt('a2', '2025-03-02T10:00:00.000Z', [
      result('q1', ['denuclearization'], 1),
    ]);
    expect(masteryByKeyPoint(withAttempts(firstSitting, retaken), options)[0]?.level).toBe(
      'proficient',
    );
  });

  it('holds a key point at familiar until every lesson teaching it is opened', () => {
    const answered = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
        result('q1', ['denuclearization'], 1),
        result('q2', ['denuclearization', 'missile-warning-data'], 1),
      ]),
    );
    const taughtBy = new Map([['denuclearization', ['the-meeting', 'dprk-threat']]]);
    const options = { live, keyPointIds: ['denuclearization'], taughtBy };

    expect(masteryByKeyPoint(answered, options)[0]).toMatchObject({
      level: 'familiar',
      lessonsOpened: false,
    });
    const oneOpened = openLesson(answered, 'the-meeting', new Date('2025-03-01T09:00:00.000Z'));
    expect(masteryByKeyPoint(oneOpened, options)[0]?.level).toBe('familiar');
    // Opened is enough: the lesson need not be completed (its quiz finished).
    const bothOpened = openLesson(oneOpened, 'dprk-threat', new Date('2025-03-01T09:30:00.000Z'));
    expect(bothOpened.lessons).toEqual({});
    expect(masteryByKeyPoint(bothOpened, options)[0]?.level).toBe('proficient');
    // Completing a lesson opens it too.
    const completed = completeLesson(
      completeLesson(answered, 'the-meeting', new Date('2025-03-01T09:00:00.000Z')),
      'dprk-threat',
      new Date('2025-03-01T09:30:00.000Z'),
    );
    expect(masteryByKeyPoint(completed, options)[0]?.level).toBe('proficient');
  });

  it('counts an answer for the main key point it recorded, even if the quiz lists others now', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
        // Answered when q2's main key point was missile-warning-data.
        result('q2', ['missile-warning-data', 'denuclearization'], 1),
      ]),
    );

    const [denuclearization, missiles] = masteryByKeyPoint(document, {
      live,
      keyPointIds: ['denuclearization', 'missile-warning-data'],
    });

    expect(denuclearization?.answers).toBe(0);
    expect(missiles?.answers).toBe(1);
  });

  it('keeps answers to removed questions in history but does not count them', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
        result('q1', ['denuclearization'], 1),
        result('q-removed', ['denuclearization'], 0),
      ]),
    );

    const [mastery] = masteryByKeyPoint(document, { live });

    expect(mastery).toMatchObject({ answers: 1, score: 1 });
    expect(document.attempts[0]?.kind === 'quiz' && document.attempts[0].questions).toHaveLength(2);
  });

  it('does not count an answer to a question whose content has changed since', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
        result('q3', ['missile-warning-data'], 0, { questionHash: 'h3-old' }),
      ]),
      quizAttempt('a2', '2025-03-02T10:00:00.000Z', [
        result('q3', ['missile-warning-data'], 1, { questionHash: 'h3-new' }),
      ]),
    );

    const [mastery] = masteryByKeyPoint(document, { live });

    expect(mastery).toMatchObject({ keyPointId: 'missile-warning-data', answers: 1, score: 1 });
  });

  it('tells questions of different quizzes apart even when their ids are the same', () => {
    const document = withAttempts(
      quizAttempt(
        'a1',
        '2025-03-01T10:00:00.000Z',
        [result('q1', ['ukraine'], 1)],
        'lesson-2-quiz',
      ),
      quizAttempt(
        'a2',
        '2025-03-01T11:00:00.000Z',
        [result('q1', ['ukraine'], 0)],
        'lesson-9-quiz',
      ),
    );

    const [ukraine] = masteryByKeyPoint(document, { live, keyPointIds: ['ukraine'] });

    expect(ukraine).toMatchObject({ answers: 1, score: 1 });
  });

  it('counts review sessions, whose questions name their own quizzes', () => {
    const document = withAttempts(
      reviewAttempt('r1', '2025-03-05T10:00:00.000Z', [
        { quizId: 'lesson-2-quiz', ...result('q1', ['ukraine'], 0.5) },
      ]),
    );

    expect(masteryByKeyPoint(document, { live })).toEqual([
      {
        keyPointId: 'ukraine',
        level: 'attempted',
        score: 0.5,
        answers: 1,
        correctTypes: 0,
        retained: false,
        lessonsOpened: true,
        lastAnsweredAt: '2025-03-05T10:00:00.000Z',
      },
    ]);
  });

  it('scores by accuracy, so a confident wrong answer is not punished twice', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
        result('q1', ['denuclearization'], 0, { earned: -2, accuracy: 0.5, confidence: 3 }),
      ]),
    );

    const [mastery] = masteryByKeyPoint(document, { live });

    expect(mastery?.score).toBe(0.5);
  });

  it('reports the key points asked for, in that order, unanswered ones not started', () => {
    const document = withAttempts(
      {
        kind: 'legacy',
        attemptId: 'v1:lesson-1-quiz',
        quizId: 'lesson-1-quiz',
        finishedAt: '2025-01-01T00:00:00.000Z',
        bestScore: 1,
      },
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['denuclearization'], 1)]),
    );

    const mastery = masteryByKeyPoint(document, {
      live,
      keyPointIds: ['ukraine', 'denuclearization'],
    });

    expect(mastery.map((entry) => [entry.keyPointId, entry.level])).toEqual([
      ['ukraine', 'not-started'],
      ['denuclearization', 'familiar'],
    ]);
  });
});
