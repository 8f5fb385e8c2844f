import { describe, expect, it } from 'vitest';
import { resolveAnchor } from './anchor';
import { courseAnnotations } from './annotations';
import { segmentParagraph } from './segment';
import { paragraphIds, paragraphText, sentenceSpans } from './text';

const linked = (id: (typeof paragraphIds)[number]) =>
  segmentParagraph(id)
    .filter((segment) => segment.termId !== undefined || segment.entityId !== undefined)
    .map((segment) => [segment.text, segment.termId ?? `entity:${segment.entityId}`]);

describe('segmentParagraph', () => {
  it.each(paragraphIds)('covers %s exactly, in order, without gaps or empty pieces', (id) => {
    const segments = segmentParagraph(id);

    expect(segments.map((segment) => segment.text).join('')).toBe(paragraphText(id));
    for (const [index, segment] of segments.entries()) {
      expect(segment.end).toBeGreaterThan(segment.start);
      expect(segment.start).toBe(index === 0 ? 0 : segments[index - 1]?.end);
      expect(paragraphText(id).slice(segment.start, segment.end)).toBe(segment.text);
    }
  });

  it.each(paragraphIds)('keeps every segment of %s within one sentence', (id) => {
    const spans = sentenceSpans(id);

    for (const segment of segmentParagraph(id)) {
      const span = spans.find((item) => item.id === segment.sentenceId);
      const next = spans[spans.findIndex((item) => item.id === segment.sentenceId) + 1];
      expect(span && span.start <= segment.start).toBe(true);
      expect(segment.end).toBeLessThanOrEqual(next?.start ?? paragraphText(id).length);
    }
  });

  it.each(paragraphIds)('never gives a segment of %s both a term and an entity', (id) => {
    for (const segment of segmentParagraph(id)) {
      expect(segment.termId !== undefined && segment.entityId !== undefined).toBe(false);
    }
  });

  it.each(paragraphIds)('keeps each link of %s whole, in a single segment', (id) => {
    const segments = segmentParagraph(id);

    for (const [index, segment] of segments.entries()) {
      const next = segments[index + 1];
      const sameLink =
        next !== undefined &&
        ((segment.termId !== undefined && next.termId === segment.termId) ||
          (segment.entityId !== undefined && next.entityId === segment.entityId));
      expect(sameLink, `${id} at ${segment.start}`).toBe(false);
    }
  });

  it.each(paragraphIds)('marks the key points whose evidence covers each segment of %s', (id) => {
    for (const segment of segmentParagraph(id)) {
      const expected = courseAnnotations.keyPoints
        .filter((point) =>
          point.evidence.some((anchor) => {
            const resolved = resolveAnchor(anchor);
            return (
              resolved.ok &&
              resolved.value.paragraph === id &&
              resolved.value.start <= segment.start &&
              segment.end <= resolved.value.end
            );
          }),
        )
        .map((point) => point.id);
      expect(segment.keyPointIds).toEqual(expected);
    }
  });

  it('links the words of the fourth paragraph in a stable order', () => {
    expect(linked('p4')).toEqual([
      ['Secretary and the two Ministers', 'secretary-and-two-ministers'],
      ['2014 U.S.-Japan-ROK Trilateral Information Sharing Arrangement', 'tisa'],
      ['bilateral', 'bilateral'],
      ['General Security of Military Information Agreement', 'gsomia'],
      ['Japan', 'entity:japan'],
      ['ROK', 'rok'],
      ['confidence building measures', 'confidence-building-measures'],
      ['institutionalize', 'institutionalize'],
    ]);
  });

  it('prefers the longer of two annotations that start at the same place', () => {
    const links = linked('p3');

    // "ROK President Yoon" (entity) beats "ROK" (term); "trilateral mechanism" beats "trilateral".
    expect(links).toContainEqual(['ROK President Yoon', 'entity:president-yoon']);
    expect(links).not.toContainEqual(['ROK', 'rok']);
    expect(links).toContainEqual(['trilateral mechanism', 'missile-warning-data']);
  });

  it('prefers the glossary term when a term and an entity quote the same words', () => {
    const links = linked('p7');

    expect(links).toContainEqual(['United Nations Convention on the Law of the Sea', 'unclos']);
    expect(links).not.toContainEqual([
      'United Nations Convention on the Law of the Sea',
      'entity:unclos',
    ]);
  });

  it('drops an annotation that starts inside an earlier, longer one', () => {
    // "Indo-Pacific" in p5 lies inside "free and open Indo-Pacific".
    expect(linked('p5')).toContainEqual([
      'free and open Indo-Pacific',
      'free-and-open-indo-pacific',
    ]);
    expect(linked('p5')).not.toContainEqual(['Indo-Pacific', 'indo-pacific']);
  });

  it('puts the space after a sentence in that sentence, outside its key point', () => {
    const firstEnd = sentenceSpans('p8')[0]?.end;
    const space = segmentParagraph('p8').find((segment) => segment.start === firstEnd);

    expect(space?.text).toBe(' ');
    expect(space?.sentenceId).toBe('p8.s1');
    expect(space?.keyPointIds).toEqual([]);
  });

  it('gives the same segments on every call', () => {
    expect(segmentParagraph('p2')).toEqual(segmentParagraph('p2'));
  });
});
