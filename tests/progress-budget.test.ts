import { describe, expect, it } from 'vitest';
import {
  compactedConfidence,
  compactedMastery,
  compactionCutoff,
  compactProgress,
} from '../apps/course-site/src/progress/compaction';
import { confidenceByKeyPoint } from '../apps/course-site/src/progress/confidence';
import { masteryByKeyPoint } from '../apps/course-site/src/progress/mastery';
import { reviewForecast } from '../apps/course-site/src/progress/schedule';
import { answerCount, questionRefs, simulateYear } from './bench/learner-year';
import { courseQuizzes } from './support/course-quizzes';

// The learner record's budget: a year of daily study on the real course (about 10,000 answers,
// recorded by the site's own code), compacted by the site's rule, stays under 1 MB as stored,
// and /progress's figures come out of it as they come out of the full record. It counts bytes,
// never time; `npm run bench:progress` prints the sizes and times.

/** The most a compacted year may take as stored (JSON, UTF-8 bytes). */
const recordBudget = 1024 * 1024;

const quizzes = courseQuizzes().map((file) => file.quiz);
const live = questionRefs(quizzes);

describe('a year of daily study, compacted', { timeout: 300_000 }, () => {
  const year = simulateYear({
    quizzes,
    start: new Date('2026-01-05T08:00:00Z'),
    days: 365,
    answersPerDay: 20,
    seed: 'a year of daily reviews',
  });
  const end = new Date(Date.parse(year.attempts.at(-1)?.finishedAt ?? '') + 3_600_000);
  const compacted = compactProgress(year, { live, before: compactionCutoff(end) });
  const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

  it(`is stored in at most ${recordBudget / 1024} KB`, () => {
    const stored = size({ ...compacted.document, summary: compacted.summary });

    console.info(
      `${answerCount(year)} answers: ${(size(year) / 1024).toFixed(1)} KB in full, ` +
        `${(stored / 1024).toFixed(1)} KB compacted (${answerCount(compacted.document)} answers in full)`,
    );
    expect(answerCount(year)).toBeGreaterThanOrEqual(10_000);
    expect(size(year)).toBeGreaterThan(recordBudget);
    expect(stored).toBeLessThanOrEqual(recordBudget);
  });

  it('shows the same mastery, sure-and-wrong and review dates as the full record', () => {
    const rounded = (value: unknown) =>
      JSON.stringify(value, (key, entry) => (key === 'score' ? entry?.toFixed(12) : entry));

    expect(rounded(compactedMastery(compacted, { live }))).toBe(
      rounded(masteryByKeyPoint(year, { live })),
    );
    expect(compactedConfidence(compacted, { live })).toEqual(confidenceByKeyPoint(year, { live }));
    expect(reviewForecast(compacted.document)).toEqual(reviewForecast(year));
  });
});
