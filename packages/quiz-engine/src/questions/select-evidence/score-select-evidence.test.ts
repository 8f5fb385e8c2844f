import { describe, expect, it } from 'vitest';
import { questionBase } from '../../__fixtures__/question-base';
import { isSelectEvidenceAnswer, scoreSelectEvidence } from './score-select-evidence';
import type { SelectEvidenceQuestion } from './select-evidence-question';

const question: SelectEvidenceQuestion = {
  ...questionBase('select-evidence'),
  passage: ['p2'],
  sentenceIds: ['p2.s1', 'p2.s2', 'p2.s3', 'p2.s4'],
  evidenceSentenceIds: ['p2.s2', 'p2.s3'],
};

const earned = (sentenceIds: string[]) => {
  const result = scoreSelectEvidence(question, { sentenceIds });
  return result.type === 'points' ? `${result.earned}/${result.total}` : result.type;
};

describe('scoreSelectEvidence', () => {
  it('gives full credit for exactly the evidence sentences', () => {
    expect(scoreSelectEvidence(question, { sentenceIds: ['p2.s3', 'p2.s2'] })).toMatchObject({
      earned: 2,
      total: 2,
      correct: true,
    });
  });

  it('gives partial credit when one of two evidence sentences is chosen', () => {
    expect(earned(['p2.s2'])).toBe('1/2');
  });

  it('gives partial credit for the evidence plus a stray sentence', () => {
    expect(earned(['p2.s2', 'p2.s3', 'p2.s4'])).toBe('2/3');
  });

  it('gives little for picking every sentence', () => {
    expect(earned(['p2.s1', 'p2.s2', 'p2.s3', 'p2.s4'])).toBe('2/4');
  });

  it('gives nothing for sentences that are not evidence', () => {
    expect(earned(['p2.s1'])).toBe('0/3');
  });

  it('marks picked, stray and missed sentences', () => {
    const result = scoreSelectEvidence(question, { sentenceIds: ['p2.s1', 'p2.s2'] });
    expect(result.type === 'points' && result.parts).toEqual([
      { id: 'p2.s1', status: 'incorrect' },
      { id: 'p2.s2', status: 'correct' },
      { id: 'p2.s3', status: 'missed' },
    ]);
  });

  it('calls no pick invalid, and a sentence outside the passage invalid', () => {
    expect(scoreSelectEvidence(question, { sentenceIds: [] })).toEqual({
      type: 'invalid',
      message: 'Pick at least one sentence.',
    });
    expect(earned(['p9.s1'])).toBe('invalid');
  });
});

describe('isSelectEvidenceAnswer', () => {
  it('accepts a list of sentence ids only', () => {
    expect(isSelectEvidenceAnswer({ sentenceIds: ['p1.s1'] })).toBe(true);
    expect(isSelectEvidenceAnswer({ sentenceIds: 'p1.s1' })).toBe(false);
  });
});
