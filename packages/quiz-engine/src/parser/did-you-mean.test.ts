import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('didYouMean', () => {
  const keys = ['prompt', 'options', 'hints', 'explanation', 'keyPoints'];

  it('suggests the key a typo was meant to be', () => {
    expect(didYouMean('promt', keys)).toBe('prompt');
    expect(didYouMean('hint', keys)).toBe('hints');
    expect(didYouMean('keypoints', keys)).toBe('keyPoints');
  });

  it('suggests a type that shares a word', () => {
    expect(didYouMean('true-or-false', ['single-choice', 'true-false'])).toBe('true-false');
    expect(didYouMean('fill-blank', ['fill-in-the-blank', 'matching'])).toBe('fill-in-the-blank');
  });

  it('prefers a type that shares the first word', () => {
    expect(didYouMean('multi-choice', ['single-choice', 'multiple-select'])).toBe(
      'multiple-select',
    );
  });

  it('suggests nothing when nothing is close', () => {
    expect(didYouMean('colour', keys)).toBeUndefined();
  });
});
