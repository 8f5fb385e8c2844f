import { hashString, mulberry32 } from '@tmm/quiz-engine';
import { describe, expect, it } from 'vitest';
import type { QuestionRef } from '../../shared/question-ref';
import { quizAttempt, result, reviewAttempt } from './__fixtures__/attempts';
import {
  compactedConfidence,
  compactedMastery,
  compactProgress,
  EMPTY_SUMMARY,
} from './compaction';
import { confidenceByKeyPoint } from './confidence';
import { emptyProgressDocument, type ProgressDocument } from './document';
import { masteryByKeyPoint } from './mastery';
import { recordAttempt } from './record-attempt';
import { reviewForecast } from './schedule';

const live: QuestionRef[] = [
  { quizId: 'quiz-a', questionId: 'q1', questionHash: 'h1', keyPointIds: ['denuclearization'] },
  {
    quizId: 'quiz-a',
    questionId: 'q2',
    questionHash: 'h2',
    keyPointIds: ['denuclearization', 'ukraine'],
  },
  { quizId: 'quiz-a', questionId: 'q3', keyPointIds: ['ukraine'] },
  { quizId: 'quiz-b', questionId: 'q1', questionHash: 'h4', keyPointIds: ['rule-of-law'] },
];
const keyPointIds = ['denuclearization', 'ukraine', 'rule-of-law', 'taiwan-strait-unclos'];
const day = (n: number) => new Date(Date.UTC(2026, 0, 5, 8) + n * 86_400_000).toISOString();

/** 120 days of quizzes and reviews on `live`, recorded as the site records them, seeded. */
function history(): ProgressDocument {
  const random = mulberry32(hashString('compaction'));
  const answer = (ref: QuestionRef) => {
    const credit = [0, 0.5, 2 / 3, 1][Math.floor(random() * 4)] ?? 1;
    const rated = random() < 0.7;
    return result(ref.questionId, ref.keyPointIds, credit, {
      ...(ref.questionHash ? { questionHash: ref.questionHash } : {}),
      accuracy: credit,
      ...(rated ? { confidence: (1 + Math.floor(random() * 3)) as 1 | 2 | 3 } : {}),
    });
  };
  let document: ProgressDocument = {
    ...emptyProgressDocument(),
    // A version 1 best score: history only, never summarized.
    attempts: [
      {
        kind: 'legacy',
        attemptId: 'v1:quiz-a',
        quizId: 'quiz-a',
        finishedAt: day(0),
        bestScore: 0.5,
      },
    ],
  };
  for (let n = 0; n < 120; n += 1) {
    const quizA = live.filter((ref) => ref.quizId === 'quiz-a');
    document = recordAttempt(
      document,
      quizAttempt(`quiz-a:${n}`, day(n), quizA.map(answer), 'quiz-a'),
    );
    if (n % 3 === 0)
      document = recordAttempt(
        document,
        reviewAttempt(
          `review:${n}`,
          day(n + 0.25),
          live.slice(1).map((ref) => ({ quizId: ref.quizId, ...answer(ref) })),
        ),
      );
  }
  // An answer to a question since changed (its hash then differs): history only.
  return recordAttempt(
    document,
    quizAttempt(
      'quiz-b:old',
      day(10.5),
      [result('q1', ['rule-of-law'], 1, { questionHash: 'h4-before' })],
      'quiz-b',
    ),
  );
}

const document = history();
const options = { live, keyPointIds };

describe('compacting the learner record', () => {
  const compacted = compactProgress(document, { live, before: new Date(day(90)) });

  it('keeps recent attempts, version 1 scores and answers that no longer count in full', () => {
    const kept = compacted.document.attempts.map((attempt) => attempt.attemptId);

    expect(kept).toContain('v1:quiz-a');
    expect(kept).toContain('quiz-b:old');
    expect(kept).toContain('quiz-a:90');
    expect(kept).not.toContain('quiz-a:89');
    expect(compacted.document.attempts.length).toBeLessThan(document.attempts.length / 3);
    expect(compacted.summary.attempts + compacted.document.attempts.length).toBe(
      document.attempts.length,
    );
    expect(compacted.summary.through).toEqual({ finishedAt: day(89), attemptId: 'quiz-a:89' });
  });

  it('drops the review logs of what it summarized, and keeps the cards', () => {
    const summarized = new Set(
      document.attempts
        .map((attempt) => attempt.attemptId)
        .filter((id) => !compacted.document.attempts.some((kept) => kept.attemptId === id)),
    );

    expect(compacted.document.cards).toEqual(document.cards);
    expect(compacted.document.reviewLogs).toEqual(
      document.reviewLogs.filter((log) => !summarized.has(log.attemptId)),
    );
    expect(JSON.stringify(compacted).length).toBeLessThan(JSON.stringify(document).length / 2);
  });

  it('changes no figure: mastery, its level, answers and last answer, sure and wrong, reviews', () => {
    const before = masteryByKeyPoint(document, options);
    const after = compactedMastery(compacted, options);

    expect(after.map(({ score: _, ...rest }) => rest)).toEqual(
      before.map(({ score: _, ...rest }) => rest),
    );
    after.forEach((entry, index) => {
      expect(entry.score ?? -1).toBeCloseTo(before[index]?.score ?? -1, 12);
    });
    expect(before.some((entry) => entry.answers > 100)).toBe(true);
    expect(compactedConfidence(compacted, options)).toEqual(
      confidenceByKeyPoint(document, options),
    );
    expect(reviewForecast(compacted.document, keyPointIds)).toEqual(
      reviewForecast(document, keyPointIds),
    );
  });

  it('gives the same figures without a list of key points, as the page may ask', () => {
    expect(compactedMastery(compacted, { live }).map((entry) => entry.keyPointId)).toEqual(
      masteryByKeyPoint(document, { live }).map((entry) => entry.keyPointId),
    );
    expect(compactedConfidence(compacted, { live })).toEqual(
      confidenceByKeyPoint(document, { live }),
    );
  });

  it('compacts again later to the same figures as compacting once', () => {
    const first = compactProgress(document, { live, before: new Date(day(40)) });
    const twice = compactProgress(
      first.document,
      { live, before: new Date(day(90)) },
      first.summary,
    );
    const once = compactedMastery(compacted, options);

    expect(twice.document).toEqual(compacted.document);
    compactedMastery(twice, options).forEach((entry, index) => {
      expect(entry.answers).toBe(once[index]?.answers);
      expect(entry.level).toBe(once[index]?.level);
      expect(entry.score ?? -1).toBeCloseTo(once[index]?.score ?? -1, 12);
    });
    expect(compactedConfidence(twice, options)).toEqual(compactedConfidence(compacted, options));
  });

  it('stops counting the summarized answers to a question that changes later, as in full', () => {
    const changed = live.map((ref) =>
      ref.questionId === 'q2' && ref.quizId === 'quiz-a' ? { ...ref, questionHash: 'h2-new' } : ref,
    );
    const full = masteryByKeyPoint(document, { live: changed, keyPointIds });
    const after = compactedMastery(compacted, { live: changed, keyPointIds });

    expect(after.map((entry) => entry.answers)).toEqual(full.map((entry) => entry.answers));
    expect(compactedConfidence(compacted, { live: changed, keyPointIds })).toEqual(
      confidenceByKeyPoint(document, { live: changed, keyPointIds }),
    );
    // The summarized tail keeps the weights it had among all the answers then, so the score
    // differs from the full record's in the far tail only: here by less than 0.0001.
    after.forEach((entry, index) => {
      expect(Math.abs((entry.score ?? 0) - (full[index]?.score ?? 0))).toBeLessThan(1e-4);
    });
  });

  it('leaves a record with nothing old enough as it is', () => {
    const recent = compactProgress(document, { live, before: new Date(day(-1)) });
    const empty = compactProgress(emptyProgressDocument(), { live, before: new Date(day(90)) });

    expect(recent.document).toBe(document);
    expect(recent.summary).toBe(EMPTY_SUMMARY);
    expect(empty.summary).toBe(EMPTY_SUMMARY);
    expect(compactedMastery(empty, options)).toEqual(
      masteryByKeyPoint(emptyProgressDocument(), options),
    );
  });
});
