import { describe, expect, it } from 'vitest';
import { compareTimestamps, earlierTimestamp } from './timestamps';

describe('timestamps', () => {
  it('are ordered by the instant they name, whatever their offset or precision', () => {
    expect(compareTimestamps('2025-03-01T10:00:00+09:00', '2025-03-01T02:00:00.000Z')).toBeLessThan(
      0,
    );
    expect(compareTimestamps('2025-03-01T10:00:00Z', '2025-03-01T10:00:00.000Z')).toBe(0);
  });

  it('give the earlier of two, the first on a tie', () => {
    expect(earlierTimestamp('2025-03-02T00:00:00.000Z', '2025-03-01T00:00:00.000Z')).toBe(
      '2025-03-01T00:00:00.000Z',
    );
    expect(earlierTimestamp('2025-03-01T10:00:00Z', '2025-03-01T10:00:00.000Z')).toBe(
      '2025-03-01T10:00:00Z',
    );
  });
});
