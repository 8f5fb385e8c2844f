import { sentenceAnchor } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { evidenceSentences } from './statement-anchor';

describe('the sentences a question points to', () => {
  it('are the sentences its evidence anchors cover, once each, in reading order', () => {
    const anchors = [sentenceAnchor('p2.s7'), sentenceAnchor('p2.s1'), sentenceAnchor('p2.s7')];

    expect(evidenceSentences(anchors)).toEqual(['p2.s1', 'p2.s7']);
  });

  it('leave out an anchor that names no paragraph of the statement', () => {
    expect(evidenceSentences([{ paragraph: 'p9', exact: 'nothing' }])).toEqual([]);
  });
});
