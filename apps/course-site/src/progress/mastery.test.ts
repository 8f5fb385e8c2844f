import { describe, expect, it } from 'vitest';
import type { QuestionRef } from '../../shared/question-ref';
import { quizAttempt, result, reviewAttempt } from './__fixtures__/attempts';
import { emptyProgressDocument, type ProgressDocument } from './document';
import { MASTERY_RULE, masteryByKeyPoint, masteryLevel, weightedScore } from './mastery';

const live: QuestionRef[] = [
  { quizId: 'lesson-1-quiz', questionId: 'q1', keyPointIds: ['denuclearization'] },
  {
    quizId: 'lesson-1-quiz',
    questionId: 'q2',
    keyPointIds: ['denuclearization', 'missile-warning-data'],
  },
  {
    quizId: 'lesson-1-quiz',
    questionId: 'q3',
    questionHash: 'h3-new',
    keyPointIds: ['missile-warning-data'],
  },
  { quizId: 'lesson-2-quiz', questionId: 'q1', keyPointIds: ['ukraine'] },
];

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

  it('names the levels by score and number of answers', () => {
    expect(masteryLevel(null, 0)).toBe('not-started');
    expect(masteryLevel(0.4, 2)).toBe('learning');
    expect(masteryLevel(0.6, 1)).toBe('familiar');
    expect(masteryLevel(1, 2)).toBe('familiar');
    expect(masteryLevel(0.85, 3)).toBe('mastered');
  });
});

describe('mastery by key point', () => {
  it('counts every question on a key point, across attempts, recent answers weighing more', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
        result('q1', ['denuclearization'], 0),
        result('q2', ['denuclearization', 'missile-warning-data'], 1),
      ]),
      quizAttempt('a2', '2025-03-02T10:00:00.000Z', [result('q1', ['denuclearization'], 1)]),
    );

    const [denuclearization, missiles] = masteryByKeyPoint(document, { live });

    expect(denuclearization).toMatchObject({
      keyPointId: 'denuclearization',
      answers: 3,
      level: 'familiar',
      lastAnsweredAt: '2025-03-02T10:00:00.000Z',
    });
    expect(denuclearization?.score).toBeCloseTo(weightedScore([0, 1, 1]) ?? 0, 9);
    expect(missiles).toMatchObject({ keyPointId: 'missile-warning-data', answers: 1, score: 1 });
  });

  it('calls a key point mastered after three strong answers', () => {
    const document = withAttempts(
      quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['denuclearization'], 1)]),
      quizAttempt('a2', '2025-03-03T10:00:00.000Z', [result('q1', ['denuclearization'], 0.8)]),
      quizAttempt('a3', '2025-03-08T10:00:00.000Z', [result('q1', ['denuclearization'], 1)]),
    );

    const [mastery] = masteryByKeyPoint(document, { live, keyPointIds: ['denuclearization'] });

    expect(mastery?.level).toBe('mastered');
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
        level: 'learning',
        score: 0.5,
        answers: 1,
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
