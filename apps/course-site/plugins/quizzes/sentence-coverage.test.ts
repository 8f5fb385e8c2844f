import { existsSync } from 'node:fs';
import { formatError } from '@tmm/quiz-engine';
import { allSentenceIds } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import {
  readStatementSource,
  sentenceCoverage,
  statementSourcePath,
  uncitedSentenceWarnings,
} from './sentence-coverage';

const cite = (...anchors: { paragraph: string; exact: string; suffix?: string }[]) => ({
  evidence: anchors,
});

describe('sentence coverage', () => {
  it('counts every sentence an evidence anchor touches, once, in reading order', () => {
    const coverage = sentenceCoverage([
      cite({ paragraph: 'p2', exact: 'They urged the DPRK' }),
      // One anchor across a sentence boundary cites both sentences.
      cite({ paragraph: 'p1', exact: 'June 3, 2023. During the meeting' }),
      cite({ paragraph: 'p1', exact: 'the three leaders' }),
    ]);

    expect(coverage.cited).toEqual(['p1.s1', 'p1.s2', 'p2.s7']);
    expect(coverage.uncited).toHaveLength(allSentenceIds().length - 3);
    expect(coverage.uncited[0]).toBe('p2.s1');
  });

  it('cites nothing for an anchor that names no paragraph of the statement', () => {
    const coverage = sentenceCoverage([cite({ paragraph: 'p9', exact: 'They urged the DPRK' })]);

    expect(coverage.cited).toEqual([]);
  });

  it('finds the pinned copy of the published text through the content package', () => {
    expect(existsSync(statementSourcePath())).toBe(true);
  });

  it('warns about each uncited sentence at its line and column in the published text', async () => {
    const text = await readStatementSource(statementSourcePath());

    const lines = uncitedSentenceWarnings(['p1.s1', 'p2.s2', 'p5.s2'], {
      shownPath: 'statement.txt',
      text,
    }).map(formatError);

    expect(lines).toEqual([
      "statement.txt:7:1: warning: sentence p1.s1 (“U.S. Secretary of Defense Lloyd J. Austin III,…”) is cited as evidence by no question of the course's quizzes; quote its words in the 'evidence' of a question, for example in the quiz of the lesson on paragraph 1 (at p1.s1)",
      "statement.txt:9:280: warning: sentence p2.s2 (“They shared their deep concerns about, and condemnation…”) is cited as evidence by no question of the course's quizzes; quote its words in the 'evidence' of a question, for example in the quiz of the lesson on paragraph 2 (at p2.s2)",
      "statement.txt:15:317: warning: sentence p5.s2 (“They further discussed steps to follow up on…”) is cited as evidence by no question of the course's quizzes; quote its words in the 'evidence' of a question, for example in the quiz of the lesson on paragraph 5 (at p5.s2)",
    ]);
  });

  it('still warns, at the file alone, when the published text cannot be read', async () => {
    const text = await readStatementSource('/no/such/statement.txt');

    const [warning] = uncitedSentenceWarnings(['p8.s3'], { shownPath: 'statement.txt', text });

    expect(text).toBeUndefined();
    expect(warning && formatError(warning)).toMatch(
      /^statement\.txt: warning: sentence p8\.s3 \(“The Secretary and the two Ministers committed to…”\) is cited/,
    );
  });
});
