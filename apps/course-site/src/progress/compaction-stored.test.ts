import { describe, expect, it } from 'vitest';
import type { QuestionRef } from '../../shared/question-ref';
import { quizAttempt, result, reviewAttempt } from './__fixtures__/attempts';
import {
  COMPACTION_RULE,
  compactedConfidence,
  compactedMastery,
  compactionCutoff,
  compactProgress,
  mergeSummaries,
} from './compaction';
import { confidenceByKeyPoint } from './confidence';
import { emptyProgressDocument, type ProgressDocument } from './document';
import { exportProgress, importProgress } from './export-import';
import { masteryByKeyPoint } from './mastery';
import { mergeProgress } from './merge';
import { recordAttempt } from './record-attempt';
import { reviewForecast } from './schedule';
import { createProgressStore, type StorageLike } from './storage';

// The summary as the document stores it (version 4): the store compacts on write, recording and
// merging never count a summarized attempt twice, the export carries it, and the figures read
// through it are those of the full record.

const KEY = 'tmm-course-progress';
const live: QuestionRef[] = [
  {
    quizId: 'quiz-a',
    questionId: 'q1',
    keyPointIds: ['denuclearization'],
    questionType: 'single-choice',
  },
  {
    quizId: 'quiz-a',
    questionId: 'q2',
    keyPointIds: ['denuclearization', 'ukraine'],
    questionType: 'true-false',
  },
  { quizId: 'quiz-b', questionId: 'q1', keyPointIds: ['ukraine'], questionType: 'single-choice' },
];
const keyPointIds = ['denuclearization', 'ukraine'];
const day = (n: number) => new Date(Date.UTC(2026, 0, 5, 8) + n * 86_400_000);

/** Day `n`'s attempt: quiz-a one day, quiz-b's question and a review the next. */
function attemptOn(n: number, prefix = 'a'): ProgressDocument['attempts'][number] {
  const credit = [1, 0, 0.5, 1, 1][n % 5] ?? 1;
  if (n % 2 === 0)
    return quizAttempt(
      `${prefix}:${n}`,
      day(n).toISOString(),
      [
        result('q1', ['denuclearization'], credit, { confidence: 3 }),
        result('q2', ['denuclearization', 'ukraine'], n % 3 === 0 ? 1 : 0.5, { confidence: 2 }),
      ],
      'quiz-a',
    );
  return reviewAttempt(`${prefix}:${n}`, day(n).toISOString(), [
    { quizId: 'quiz-b', ...result('q1', ['ukraine'], credit, { confidence: 3 }) },
    { quizId: 'quiz-a', ...result('q1', ['denuclearization'], 1) },
  ]);
}

/** Storage in memory whose writes can be made to fail as a full browser's do. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Records days `from` to `to` through a store whose clock is each attempt's finish time. */
function throughStore(days: number, storage = new MemoryStorage()) {
  let clock = day(0);
  const store = createProgressStore({ storage, events: null, now: () => clock });
  let full = emptyProgressDocument();
  for (let n = 0; n < days; n += 1) {
    const attempt = attemptOn(n);
    clock = day(n);
    full = recordAttempt(full, attempt);
    store.update((document) => recordAttempt(document, attempt));
  }
  return { store, storage, full };
}

const options = { live, keyPointIds };

describe('the store compacting as it writes', () => {
  const { store, storage, full } = throughStore(90);
  const stored = store.getSnapshot();

  it('keeps the last days in full and summarizes the rest, in what it stores', () => {
    const raw = storage.getItem(KEY) ?? '';

    expect(JSON.parse(raw)).toEqual(stored);
    expect(stored.summary.attempts).toBe(90 - stored.attempts.length);
    expect(stored.summary.attemptIds).toHaveLength(stored.summary.attempts);
    // Every attempt kept in full finished within the rule's days of the last write.
    const cutoff = compactionCutoff(day(89)).toISOString();
    expect(stored.attempts.every((attempt) => attempt.finishedAt >= cutoff)).toBe(true);
    expect(stored.attempts.length).toBeLessThanOrEqual(COMPACTION_RULE.fullDetailDays + 1);
    expect(raw.length).toBeLessThan(JSON.stringify(full).length);
  });

  it('changes no figure the learner sees', () => {
    const before = masteryByKeyPoint(full, options);
    const after = compactedMastery(stored, options);

    expect(after.map(({ score: _, ...rest }) => rest)).toEqual(
      before.map(({ score: _, ...rest }) => rest),
    );
    after.forEach((entry, index) => {
      expect(entry.score ?? -1).toBeCloseTo(before[index]?.score ?? -1, 12);
    });
    expect(compactedConfidence(stored, options)).toEqual(confidenceByKeyPoint(full, options));
    expect(reviewForecast(stored, keyPointIds)).toEqual(reviewForecast(full, keyPointIds));
  });

  it('gives the figures of the answers alone when nothing is summarized (one path)', () => {
    const recent = throughStore(20).store.getSnapshot();

    expect(recent.summary.attempts).toBe(0);
    expect(compactedMastery(recent, options)).toEqual(masteryByKeyPoint(recent, options));
    expect(compactedConfidence(recent, options)).toEqual(confidenceByKeyPoint(recent, options));
  });

  it('ignores an attempt at or before what it summarized, however it comes back', () => {
    const through = stored.summary.through;
    const summarized = attemptOn(3);

    expect(through).not.toBeNull();
    expect(recordAttempt(stored, summarized)).toBe(stored);
    expect(
      recordAttempt(stored, { ...attemptOn(4, 'late'), finishedAt: through?.finishedAt ?? '' }),
    ).toBe(stored);
    // A new attempt after it is recorded as ever.
    expect(recordAttempt(stored, attemptOn(90)).attempts).toHaveLength(stored.attempts.length + 1);
  });

  it('keeps every answer in memory, compacted alike, when the write hits the quota', () => {
    const { store: fullStore, storage: fullStorage } = throughStore(60);
    const before = fullStorage.getItem(KEY);
    fullStorage.full = true;

    fullStore.update((document) => recordAttempt(document, attemptOn(60)));

    expect(fullStore.getNotices()).toMatchObject([
      { kind: 'memory-only', reason: 'quota-exceeded' },
    ]);
    expect(fullStorage.getItem(KEY)).toBe(before);
    const inMemory = fullStore.getSnapshot();
    expect(inMemory.attempts.length + inMemory.summary.attempts).toBe(61);
    let expected = emptyProgressDocument();
    for (let n = 0; n <= 60; n += 1) expected = recordAttempt(expected, attemptOn(n));
    expect(compactedMastery(inMemory, options).map((entry) => entry.answers)).toEqual(
      masteryByKeyPoint(expected, options).map((entry) => entry.answers),
    );
  });
});

describe('merging compacted records', () => {
  const { full } = throughStore(90);
  const at = (n: number) => compactionCutoff(day(n));

  it('carries the summary in the export, and importing it twice counts nothing twice', () => {
    const compacted = compactProgress(full, { live, before: at(89) });
    const exported = exportProgress(compacted, day(90));
    const once = importProgress(emptyProgressDocument(), exported);
    const twice = once.ok ? importProgress(once.document, exported) : once;

    expect(JSON.parse(exported).summary).toEqual(compacted.summary);
    expect(once.ok && once.document).toEqual(compacted);
    expect(twice.ok && twice.document).toEqual(compacted);
    expect(twice.ok && twice.added.attempts).toBe(0);
  });

  it('drops an incoming attempt the summary here holds, and keeps the rest in full', () => {
    const compacted = compactProgress(full, { live, before: at(89) });
    // Another browser never compacted: it holds every attempt in full.
    const merged = mergeProgress(compacted, full);

    expect(merged).toEqual(compacted);
    expect(mergeProgress(full, compacted)).toEqual({
      ...compacted,
      reviewLogs: merged.reviewLogs,
    });
    expect(compactedMastery(mergeProgress(full, compacted), options)).toEqual(
      compactedMastery(compacted, options),
    );
  });

  it('keeps the summary that holds the other’s attempts, when one reaches further', () => {
    const early = compactProgress(full, { live, before: at(60) });
    const late = compactProgress(full, { live, before: at(89) });

    expect(mergeSummaries(early.summary, late.summary)).toBe(late.summary);
    expect(mergeSummaries(late.summary, early.summary)).toBe(late.summary);
    const merged = mergeProgress(early, late);
    expect(merged.summary).toBe(late.summary);
    expect(merged.attempts).toEqual(late.attempts);
    expect(compactedMastery(merged, options)).toEqual(compactedMastery(late, options));
  });

  it('adds two summaries of different attempts (two browsers), counting each answer once', () => {
    let mine = emptyProgressDocument();
    let theirs = emptyProgressDocument();
    for (let n = 0; n < 80; n += 1) {
      mine = recordAttempt(mine, attemptOn(n, 'mine'));
      theirs = recordAttempt(theirs, attemptOn(n, 'theirs'));
    }
    const both = mergeProgress(mine, theirs);
    const merged = mergeProgress(
      compactProgress(mine, { live, before: at(79) }),
      compactProgress(theirs, { live, before: at(79) }),
    );

    expect(merged.summary.attempts).toBe(both.attempts.length - merged.attempts.length);
    expect(merged.summary.attemptIds).toHaveLength(merged.summary.attempts);
    const fullFigures = masteryByKeyPoint(both, options);
    const figures = compactedMastery(merged, options);
    expect(figures.map((entry) => [entry.answers, entry.level, entry.correctTypes])).toEqual(
      fullFigures.map((entry) => [entry.answers, entry.level, entry.correctTypes]),
    );
    expect(compactedConfidence(merged, options)).toEqual(confidenceByKeyPoint(both, options));
    // Each side's weights were worked out among its own answers: close, not exact.
    figures.forEach((entry, index) => {
      expect(Math.abs((entry.score ?? 0) - (fullFigures[index]?.score ?? 0))).toBeLessThan(0.05);
    });
  });

  it('keeps the one that reaches further when two summaries share some attempts', () => {
    let shared = emptyProgressDocument();
    for (let n = 0; n < 40; n += 1) shared = recordAttempt(shared, attemptOn(n));
    let mine = shared;
    let theirs = shared;
    for (let n = 40; n < 80; n += 1) {
      mine = recordAttempt(mine, attemptOn(n, 'mine'));
      theirs = recordAttempt(theirs, attemptOn(n, 'theirs'));
    }
    const myCompacted = compactProgress(mine, { live, before: at(79) });
    const theirCompacted = compactProgress(theirs, { live, before: at(70) });

    const merged = mergeProgress(myCompacted, theirCompacted);

    expect(merged.summary).toBe(myCompacted.summary);
    // No attempt is both summarized and kept; none counts twice.
    const summarized = new Set(merged.summary.attemptIds);
    expect(merged.attempts.some((attempt) => summarized.has(attempt.attemptId))).toBe(false);
    expect(merged.reviewLogs.some((log) => summarized.has(log.attemptId))).toBe(false);
  });
});
