import { describe, expect, it } from 'vitest';
import {
  compactedConfidence,
  compactedMastery,
  compactionCutoff,
  compactProgress,
} from '../apps/course-site/src/progress/compaction';
import { confidenceByKeyPoint } from '../apps/course-site/src/progress/confidence';
import { masteryByKeyPoint } from '../apps/course-site/src/progress/mastery';
import { parseProgressText } from '../apps/course-site/src/progress/parse-document';
import { reviewForecast } from '../apps/course-site/src/progress/schedule';
import { answerCount, questionRefs, simulateYear, storedYear } from './bench/learner-year';
import { courseQuizzes } from './support/course-quizzes';

// The learner record's budget: a year of daily study on the real course (about 10,000 answers,
// recorded by the site's own code), written through the site's progress store, which compacts as
// it writes, stays under 1 MB as stored, and /progress's figures come out of it as they come out
// of the full record. It counts bytes, never time; `npm run bench:progress` prints the sizes and
// times.

/** The most a compacted year may take as stored (JSON, UTF-8 bytes). */
const recordBudget = 1024 * 1024;

const quizzes = courseQuizzes().map((file) => file.quiz);
const live = questionRefs(quizzes);

describe('a year of daily study, compacted', { timeout: 300_000 }, () => {
  const options = {
    quizzes,
    start: new Date('2026-01-05T08:00:00Z'),
    days: 365,
    answersPerDay: 20,
    seed: 'a year of daily reviews',
  };
  const year = simulateYear(options);
  // What the store leaves in localStorage after the same year, compacting on its writes.
  const stored = storedYear(options);
  const read = parseProgressText(stored.raw);
  const kept = read.ok ? read.document : stored.document;
  const end = new Date(Date.parse(year.attempts.at(-1)?.finishedAt ?? '') + 3_600_000);
  const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

  it(`is stored by the store in at most ${recordBudget / 1024} KB`, () => {
    const bytes = Buffer.byteLength(stored.raw, 'utf8');

    console.info(
      `${answerCount(year)} answers: ${(size(year) / 1024).toFixed(1)} KB in full, ` +
        `${(bytes / 1024).toFixed(1)} KB as the store wrote it (${answerCount(kept)} answers in ` +
        `full, ${kept.summary.totalAnswers} summarized)`,
    );
    expect(read.ok).toBe(true);
    expect(answerCount(year)).toBeGreaterThanOrEqual(10_000);
    expect(answerCount(kept) + kept.summary.totalAnswers).toBe(answerCount(year));
    expect(size(year)).toBeGreaterThan(recordBudget);
    expect(bytes).toBeLessThanOrEqual(recordBudget);
  });

  it('shows the same mastery, sure-and-wrong and review dates as the full record', () => {
    const rounded = (value: unknown) =>
      JSON.stringify(value, (key, entry) => (key === 'score' ? entry?.toFixed(12) : entry));

    expect(kept.summary.attempts).toBeGreaterThan(0);
    expect(rounded(compactedMastery(kept, { live }))).toBe(
      rounded(masteryByKeyPoint(year, { live })),
    );
    expect(compactedConfidence(kept, { live })).toEqual(confidenceByKeyPoint(year, { live }));
    expect(reviewForecast(kept)).toEqual(reviewForecast(year));
  });

  it('is what compacting the full record once gives, figure for figure', () => {
    const once = compactProgress(year, { live, before: compactionCutoff(end) });

    expect(once.summary.totalAnswers).toBeGreaterThan(0);
    expect(compactedMastery(once, { live }).map((entry) => [entry.level, entry.answers])).toEqual(
      compactedMastery(kept, { live }).map((entry) => [entry.level, entry.answers]),
    );
  });
});
