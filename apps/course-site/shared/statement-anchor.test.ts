import { resolveAnchor } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { statementAnchor } from './statement-anchor';

describe('a quiz evidence anchor as the statement’s anchor', () => {
  it('keeps the paragraph, the quoted words and the prefix and suffix that make them unique', () => {
    const anchor = statementAnchor({ paragraph: 'p2', exact: 'DPRK', prefix: 'urge the ' });

    expect(anchor).toEqual({ paragraph: 'p2', exact: 'DPRK', prefix: 'urge the ' });
  });

  it('leaves out a prefix or suffix the quiz did not give', () => {
    expect(statementAnchor({ paragraph: 'p3', exact: 'real-time' })).toEqual({
      paragraph: 'p3',
      exact: 'real-time',
    });
  });

  it('resolves in the statement as the content package resolves its own anchors', () => {
    const anchor = statementAnchor({ paragraph: 'p7', exact: 'rule of law' });

    expect(anchor && resolveAnchor(anchor).ok).toBe(true);
  });

  it('is null for a paragraph the statement does not have', () => {
    expect(statementAnchor({ paragraph: 'p9', exact: 'anything' })).toBeNull();
  });
});
