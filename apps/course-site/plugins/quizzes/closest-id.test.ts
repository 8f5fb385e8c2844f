import { describe, expect, it } from 'vitest';
import { closestId } from './closest-id';

const ids = ['missile-warning-data', 'information-sharing', 'rule-of-law', 'ukraine'];

describe('the closest id', () => {
  it('is found for a typo', () => {
    expect(closestId('rule-of-lwa', ids)).toBe('rule-of-law');
  });

  it('is found for an id missing a word', () => {
    expect(closestId('warning-data', ids)).toBe('missile-warning-data');
  });

  it('is none when nothing is close', () => {
    expect(closestId('taiwan', ids)).toBeUndefined();
  });
});
