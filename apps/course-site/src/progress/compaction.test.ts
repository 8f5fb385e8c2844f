import { hashString, mulberry32 } from '@tmm/quiz-engine';
import { describe, expect, it } from 'vitest';
import type { QuestionRef } from '../../shared/question-ref';
import { quizAttempt, result, reviewAttempt } from './__fixtures__/attempts';
import { compactedConfidence, compactedMastery, compactProgress } from './compaction';
import { confidenceByKeyPoint } from './confidence';
import { emptyProgressDocument, type ProgressDocument } from './document';
import { masteryByKeyPoint } from './mastery';
import { recordAttempt } from './record-attempt';
import { reviewForecast } from './schedule';

const live: QuestionRef[] = [
  {
    quizId: 'quiz-a',
    questionId: 'q1',
    questionHash: 'h1',
    keyPointIds: ['denuclearization'],
    questionType: 'single-choice',
  },
  {
    // Mastery counts it for denuclearization only; "sure and wrong" for both.
    quizId: 'quiz-a',
    questionId: 'q2',
    questionHash: 'h2',
    keyPointIds: ['denuclearization', 'ukraine'],
    questionType: 'multiple-choice',
  },
  { quizId: 'quiz-a', questionId: 'q3', keyPointIds: ['ukraine'], questionType: 'single-choice' },
  {
    quizId: 'quiz-b',
    questionId: 'q1',
    questionHash: 'h4',
    keyPointIds: ['rule-of-law'],
    questionType: 'true-false',
  },
  {
    quizId: 'quiz-b',
    questionId: 'q2',
    keyPointIds: ['rule-of-law'],
    questionType: 'single-choice',
  },
];
const keyPointIds = ['denuclearization', 'ukraine', 'rule-of-law', 'taiwan-strait-unclos'];
const day = (n: number) => new Date(Date.UTC(2026, 0, 5, 8) + n * 86_400_000).toISOString();
/** Summarized: the attempts that finished before this day. */
const CUTOFF_DAY = 90;
/** Lesson gates: denuclearization's lesson is opened, rule-of-law's is not. */
const taughtBy = new Map([
  ['denuclearization', ['the-meeting']],
  ['rule-of-law', ['rule-of-law-lesson']],
]);

/**
 * 120 days of quizzes, and reviews a day later, on `live`, recorded as the site records them,
 * seeded. Credit is random until `CUTOFF_DAY`, then high, but quiz-a's q2 (denuclearization's
 * second question type) is never fully right again: that denuclearization was answered right
 * on two types, and in a review a day or more after its first correct answer, is then only in
 * the summarized answers.
 */
function history(): ProgressDocument {
  const random = mulberry32(hashString('compaction'));
  const answer = (ref: QuestionRef, n: number) => {
    const drawn = [0, 0.5, 2 / 3, 1][Math.floor(random() * 4)] ?? 1;
    const credit =
      n < CUTOFF_DAY ? drawn : ref.quizId === 'quiz-a' && ref.questionId === 'q2' ? 0.9 : 1;
    const rated = random() < 0.7;
    return result(ref.questionId, ref.keyPointIds, credit, {
      ...(ref.questionHash ? { questionHash: ref.questionHash } : {}),
      accuracy: credit,
      ...(rated ? { confidence: (1 + Math.floor(random() * 3)) as 1 | 2 | 3 } : {}),
    });
  };
  let document: ProgressDocument = {
    ...emptyProgressDocument(),
    lessons: { 'the-meeting': { completedAt: day(0) } },
    lessonsOpened: { 'the-meeting': { openedAt: day(0) } },
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
      quizAttempt(
        `quiz-a:${n}`,
        day(n),
        quizA.map((ref) => answer(ref, n)),
        'quiz-a',
      ),
    );
    if (n % 3 === 0)
      document = recordAttempt(
        document,
        reviewAttempt(
          `review:${n}`,
          day(n + 1),
          live.slice(1).map((ref) => ({ quizId: ref.quizId, ...answer(ref, n + 1) })),
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
const options = { live, keyPointIds, taughtBy };

describe('compacting the learner record', () => {
  const compacted = compactProgress(document, { live, before: new Date(day(CUTOFF_DAY)) });

  it('keeps recent attempts, version 1 scores and answers that no longer count in full', () => {
    const kept = compacted.attempts.map((attempt) => attempt.attemptId);

    expect(kept).toContain('v1:quiz-a');
    expect(kept).toContain('quiz-b:old');
    expect(kept).toContain('quiz-a:90');
    expect(kept).not.toContain('quiz-a:89');
    expect(compacted.attempts.length).toBeLessThan(document.attempts.length / 3);
    expect(compacted.summary.attempts + compacted.attempts.length).toBe(document.attempts.length);
    expect(compacted.summary.through).toEqual({ finishedAt: day(89), attemptId: 'quiz-a:89' });
  });

  it('drops the review logs of what it summarized, and keeps the cards', () => {
    const summarized = new Set(
      document.attempts
        .map((attempt) => attempt.attemptId)
        .filter((id) => !compacted.attempts.some((kept) => kept.attemptId === id)),
    );

    expect(compacted.cards).toEqual(document.cards);
    expect(compacted.reviewLogs).toEqual(
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
    // Every level the evidence decides is reached: two types and retained (denuclearization),
    // one type (ukraine), held back by its lesson (rule-of-law), never answered.
    expect(before.map((entry) => [entry.level, entry.correctTypes, entry.retained])).toEqual([
      ['mastered', 2, true],
      ['familiar', 1, true],
      ['familiar', 2, true],
      ['not-started', 0, false],
    ]);
    expect(compactedConfidence(compacted, options)).toEqual(
      confidenceByKeyPoint(document, options),
    );
    expect(reviewForecast(compacted, keyPointIds)).toEqual(reviewForecast(document, keyPointIds));
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
    const twice = compactProgress(first, { live, before: new Date(day(CUTOFF_DAY)) });
    const once = compactedMastery(compacted, options);

    const { summary: _twice, ...twiceKept } = twice;
    const { summary: _once, ...onceKept } = compacted;
    expect(twiceKept).toEqual(onceKept);
    expect(twice.summary.attemptIds).toEqual(compacted.summary.attemptIds);
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
    // differs from the full record's in the far tail only: here by less than 0.0005.
    after.forEach((entry, index) => {
      expect(Math.abs((entry.score ?? 0) - (full[index]?.score ?? 0))).toBeLessThan(5e-4);
    });
  });

  it('leaves a record with nothing old enough as it is', () => {
    const recent = compactProgress(document, { live, before: new Date(day(-1)) });
    const empty = compactProgress(emptyProgressDocument(), {
      live,
      before: new Date(day(CUTOFF_DAY)),
    });

    expect(recent).toBe(document);
    expect(empty).toEqual(emptyProgressDocument());
    expect(compactedMastery(empty, options)).toEqual(
      masteryByKeyPoint(emptyProgressDocument(), options),
    );
  });
});
