import { resolveAnchor } from './anchor';
import type { AnnotationSet } from './annotations';
import { courseAnnotations } from './annotations';
import { paragraphText, sentenceSpans } from './text';
import type { ParagraphId, ResolvedAnchor, Segment, TextQuoteAnchor } from './types';

/** A glossary or entity anchor that could become a link in the reader. */
interface Candidate {
  readonly kind: 'glossary' | 'entity';
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** Position in the data, so that ties break the same way every time. */
  readonly order: number;
}

function resolvedIn(paragraph: ParagraphId, anchors: readonly TextQuoteAnchor[]): ResolvedAnchor[] {
  return anchors
    .filter((anchor) => anchor.paragraph === paragraph)
    .flatMap((anchor) => {
      const resolved = resolveAnchor(anchor);
      return resolved.ok ? [resolved.value] : [];
    });
}

/**
 * Picks the clickable annotations of a paragraph so that none overlap. Candidates are taken by
 * earliest start, then longest, then glossary before entity, then data order; each is kept
 * unless it overlaps one already kept.
 */
function chooseLinks(paragraph: ParagraphId, annotations: AnnotationSet): Candidate[] {
  const candidates: Candidate[] = [
    ...annotations.glossary.flatMap((term, index) =>
      resolvedIn(paragraph, term.anchors).map((range) => ({
        kind: 'glossary' as const,
        id: term.id,
        start: range.start,
        end: range.end,
        order: index,
      })),
    ),
    ...annotations.entities.flatMap((entity, index) =>
      resolvedIn(paragraph, entity.anchors).map((range) => ({
        kind: 'entity' as const,
        id: entity.id,
        start: range.start,
        end: range.end,
        order: index,
      })),
    ),
  ];
  const kindRank = { glossary: 0, entity: 1 } as const;
  candidates.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - b.start - (a.end - a.start) ||
      kindRank[a.kind] - kindRank[b.kind] ||
      a.order - b.order,
  );
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (kept.every((link) => candidate.end <= link.start || link.end <= candidate.start)) {
      kept.push(candidate);
    }
  }
  return kept;
}

/**
 * Splits a paragraph into contiguous segments for the reader; their texts joined give the
 * paragraph exactly. A new segment starts at every sentence, link and key point boundary, so
 * each segment lies in one sentence (the space after a sentence belongs to it), is covered by
 * the same key points throughout, and carries at most one link (`termId` or `entityId`),
 * chosen by earliest start, then longest, then glossary before entity. Annotations that lose
 * an overlap still appear in `annotationsIn`.
 * @example segmentParagraph('p1').map((segment) => segment.text).join('') === paragraphText('p1')
 */
export function segmentParagraph(
  paragraph: ParagraphId,
  annotations: AnnotationSet = courseAnnotations,
): readonly Segment[] {
  const text = paragraphText(paragraph);
  const sentences = sentenceSpans(paragraph);
  const links = chooseLinks(paragraph, annotations);
  const evidence = annotations.keyPoints.map((point) => ({
    id: point.id,
    ranges: resolvedIn(paragraph, point.evidence),
  }));
  const boundaries = new Set<number>([0, text.length]);
  for (const sentence of sentences) boundaries.add(sentence.start);
  for (const link of links) boundaries.add(link.start).add(link.end);
  for (const point of evidence) {
    for (const range of point.ranges) boundaries.add(range.start).add(range.end);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (const [index, start] of cuts.entries()) {
    const end = cuts[index + 1];
    if (end === undefined) break;
    // The last sentence starting at or before this segment is the one it lies in.
    const sentence = sentences.filter((span) => span.start <= start).at(-1);
    if (sentence === undefined) throw new RangeError(`No sentence at ${paragraph}:${start}.`);
    const link = links.find((candidate) => candidate.start <= start && end <= candidate.end);
    segments.push({
      paragraph,
      sentenceId: sentence.id,
      start,
      end,
      text: text.slice(start, end),
      keyPointIds: evidence
        .filter((point) => point.ranges.some((range) => range.start <= start && end <= range.end))
        .map((point) => point.id),
      ...(link?.kind === 'glossary' ? { termId: link.id } : {}),
      ...(link?.kind === 'entity' ? { entityId: link.id } : {}),
    });
  }
  return segments;
}
