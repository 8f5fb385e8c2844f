import { describe, expect, it } from 'vitest';
import { oldDocuments } from './__fixtures__/documents';
import { emptyProgressDocument } from './document';
import {
  earlierBestNote,
  earlierBestOf,
  earlierBestScores,
  earlierBestWords,
} from './earlier-scores';
import { parseProgressText } from './parse-document';

/** The version 1 fixture as the site reads it: migrated to the current version. */
function migratedV1() {
  const read = parseProgressText(oldDocuments.v1BestScores);
  if (!read.ok) throw new Error('the version 1 fixture no longer reads');
  return read.document;
}

describe('the best scores kept by version 1', () => {
  it('are found in a migrated version 1 document, one per quiz', () => {
    const progress = migratedV1();

    expect(earlierBestScores(progress).map((a) => [a.quizId, a.bestScore])).toEqual([
      ['the-meeting', 0.8],
      ['dprk-threat', 0.5],
    ]);
    expect(earlierBestOf(progress, 'dprk-threat')?.bestScore).toBe(0.5);
    expect(earlierBestOf(progress, 'rule-of-law')).toBeUndefined();
  });

  it('are none in a document that never was version 1', () => {
    expect(earlierBestScores(emptyProgressDocument())).toEqual([]);
  });

  it('are said as a percentage and a day, in one wording for the quiz and the progress page', () => {
    const best = earlierBestOf(migratedV1(), 'the-meeting');
    if (!best) throw new Error('no earlier best score');

    expect(earlierBestWords(best)).toBe('80%, on February 1, 2025');
    expect(earlierBestNote(best)).toBe(
      'Your best score here on an earlier version of the course: 80%, on February 1, 2025.',
    );
  });
});
