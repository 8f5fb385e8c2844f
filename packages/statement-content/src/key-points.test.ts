import { describe, expect, it } from 'vitest';
import { resolveAnchor } from './anchor';
import { keyPointData } from './key-points';
import { getSentence, paragraphIds } from './text';

describe('the key points', () => {
  it('number between 8 and 12', () => {
    expect(keyPointData.length).toBeGreaterThanOrEqual(8);
    expect(keyPointData.length).toBeLessThanOrEqual(12);
  });

  it('keep the ids that learner progress is keyed to', () => {
    expect(keyPointData.map((point) => point.id)).toEqual([
      'denuclearization',
      'condemn-space-launch',
      'missile-warning-data',
      'information-sharing',
      'confidence-building',
      'free-open-indo-pacific',
      'new-exercises',
      'defensive-exercises',
      'rule-of-law',
      'ukraine',
      'taiwan-strait-unclos',
      'extended-deterrence',
    ]);
  });

  it('carry their numbers, 1 to 12, in the order the statement makes them', () => {
    expect(keyPointData.map((point) => point.number)).toEqual(
      Array.from({ length: keyPointData.length }, (_, index) => index + 1),
    );
    expect(keyPointData.find((point) => point.id === 'ukraine')?.number).toBe(10);
  });

  it('together cite evidence in every paragraph', () => {
    const covered = new Set(
      keyPointData.flatMap((point) => point.evidence.map((a) => a.paragraph)),
    );

    expect([...covered].sort()).toEqual([...paragraphIds]);
  });

  it('cite whole sentences as evidence outside the scene-setting first paragraph', () => {
    const evidence = keyPointData.flatMap((point) => point.evidence);

    for (const anchor of evidence.filter((item) => item.paragraph !== 'p1')) {
      const resolved = resolveAnchor(anchor);
      const [sentenceId] = resolved.ok ? resolved.value.sentenceIds : [];

      expect(sentenceId && getSentence(sentenceId)?.text).toBe(anchor.exact);
    }
  });

  it('never cite the same sentence for two key points', () => {
    const cited = keyPointData.flatMap((point) =>
      point.evidence.flatMap((anchor) => {
        const resolved = resolveAnchor(anchor);
        return resolved.ok
          ? resolved.value.sentenceIds.filter(() => anchor.paragraph !== 'p1')
          : [];
      }),
    );

    expect(new Set(cited).size).toBe(cited.length);
  });

  it('give each point a short title and a summary', () => {
    for (const point of keyPointData) {
      expect(point.title.length, point.id).toBeLessThanOrEqual(80);
      expect(point.summary.length, point.id).toBeGreaterThan(point.title.length);
    }
  });
});
