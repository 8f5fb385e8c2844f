import { describe, expect, it } from 'vitest';
import type { QuestionRef } from '../../shared/question-ref';
import { quizAttempt, result } from './__fixtures__/attempts';
import { confidenceByKeyPoint } from './confidence';
import { emptyProgressDocument } from './document';

const live: QuestionRef[] = [
  { quizId: 'lesson-1-quiz', questionId: 'q1', keyPointIds: ['extended-deterrence'] },
  { quizId: 'lesson-1-quiz', questionId: 'q2', keyPointIds: ['extended-deterrence'] },
  { quizId: 'lesson-1-quiz', questionId: 'q3', keyPointIds: ['rule-of-law'] },
];

describe('sure and wrong', () => {
  it('counts, per key point, how often an answer rated sure was not fully right', () => {
    const document = {
      ...emptyProgressDocument(),
      attempts: [
        quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
          result('q1', ['extended-deterrence'], 0, { confidence: 3 }),
          result('q2', ['extended-deterrence'], 1, { confidence: 3 }),
          result('q3', ['rule-of-law'], 0.5, { confidence: 3 }),
        ]),
        quizAttempt('a2', '2025-03-02T10:00:00.000Z', [
          result('q1', ['extended-deterrence'], 0, { confidence: 1 }),
          result('q2', ['extended-deterrence'], 0.5, { confidence: 3 }),
        ]),
      ],
    };

    const [deterrence, ruleOfLaw] = confidenceByKeyPoint(document, { live });

    expect(deterrence).toEqual({
      keyPointId: 'extended-deterrence',
      rated: 4,
      sure: 3,
      sureAndWrong: 2,
      sureAndWrongRate: 2 / 3,
    });
    expect(ruleOfLaw).toMatchObject({ sure: 1, sureAndWrong: 1, sureAndWrongRate: 1 });
  });

  it('has no rate for a key point never answered with certainty', () => {
    const document = {
      ...emptyProgressDocument(),
      attempts: [
        quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
          result('q1', ['extended-deterrence'], 0, { confidence: 2 }),
          result('q3', ['rule-of-law'], 0),
        ]),
      ],
    };

    const report = confidenceByKeyPoint(document, {
      live,
      keyPointIds: ['extended-deterrence', 'rule-of-law'],
    });

    expect(report).toEqual([
      {
        keyPointId: 'extended-deterrence',
        rated: 1,
        sure: 0,
        sureAndWrong: 0,
        sureAndWrongRate: null,
      },
      { keyPointId: 'rule-of-law', rated: 0, sure: 0, sureAndWrong: 0, sureAndWrongRate: null },
    ]);
  });

  it('leaves out answers to questions no longer in the course', () => {
    const document = {
      ...emptyProgressDocument(),
      attempts: [
        quizAttempt('a1', '2025-03-01T10:00:00.000Z', [
          result('q-removed', ['rule-of-law'], 0, { confidence: 3 }),
        ]),
      ],
    };

    expect(confidenceByKeyPoint(document, { live })).toEqual([]);
  });
});
