import type { Paragraph, Segment, SentenceId } from '@tmm/statement-content';

/** A stretch of text covered by the same key points throughout. */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly keyPointIds: readonly string[];
}

/** Consecutive pieces that are plain text, or one occurrence of a glossary term or a name. */
export type Run =
  | { readonly kind: 'text'; readonly start: number; readonly pieces: readonly Piece[] }
  | {
      readonly kind: 'term' | 'entity';
      readonly id: string;
      readonly start: number;
      readonly pieces: readonly Piece[];
    };

/** What the reader renders for one paragraph: sentences and the spaces between them. */
export type LayoutPart =
  | { readonly kind: 'sentence'; readonly id: SentenceId; readonly runs: readonly Run[] }
  | { readonly kind: 'gap'; readonly start: number; readonly text: string };

type Annotation = { readonly kind: 'text' } | { readonly kind: 'term' | 'entity'; id: string };

function annotationOf(segment: Segment): Annotation {
  if (segment.termId !== undefined) return { kind: 'term', id: segment.termId };
  if (segment.entityId !== undefined) return { kind: 'entity', id: segment.entityId };
  return { kind: 'text' };
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return a.kind === b.kind && (a.kind === 'text' || (b.kind !== 'text' && a.id === b.id));
}

/**
 * Lays a paragraph out for the reader from its segments: each sentence becomes a part holding
 * runs (plain text, or one term or name occurrence split into key-point pieces), and the text
 * between sentences becomes a gap. Joining every piece and gap gives the paragraph text exactly.
 */
export function paragraphLayout(
  paragraph: Paragraph,
  segments: readonly Segment[],
): readonly LayoutPart[] {
  const parts: LayoutPart[] = [];
  let sentenceStart = 0;
  for (const [index, sentence] of paragraph.sentences.entries()) {
    const sentenceEnd = sentenceStart + sentence.text.length;
    const runs: { kind: Annotation['kind']; id?: string; start: number; pieces: Piece[] }[] = [];
    let previous: Annotation | undefined;
    for (const segment of segments) {
      // Clip each segment to the sentence: the space between sentences belongs to none.
      const start = Math.max(segment.start, sentenceStart);
      const end = Math.min(segment.end, sentenceEnd);
      if (start >= end) continue;
      const piece: Piece = {
        text: segment.text.slice(start - segment.start, end - segment.start),
        start,
        end,
        keyPointIds: segment.keyPointIds,
      };
      const annotation = annotationOf(segment);
      const last = runs.at(-1);
      if (last !== undefined && previous !== undefined && sameAnnotation(previous, annotation)) {
        last.pieces.push(piece);
      } else {
        runs.push({
          kind: annotation.kind,
          ...(annotation.kind === 'text' ? {} : { id: annotation.id }),
          start,
          pieces: [piece],
        });
      }
      previous = annotation;
    }
    parts.push({
      kind: 'sentence',
      id: sentence.id,
      runs: runs.map((run) =>
        run.kind === 'text' || run.id === undefined
          ? { kind: 'text', start: run.start, pieces: run.pieces }
          : { kind: run.kind, id: run.id, start: run.start, pieces: run.pieces },
      ),
    });
    const next = paragraph.sentences[index + 1];
    if (next !== undefined) parts.push({ kind: 'gap', start: sentenceEnd, text: ' ' });
    sentenceStart = sentenceEnd + 1;
  }
  return parts;
}

/** The text a layout shows, in order: what a reader sees as the paragraph. */
export function layoutText(parts: readonly LayoutPart[]): string {
  return parts
    .map((part) =>
      part.kind === 'gap'
        ? part.text
        : part.runs.map((run) => run.pieces.map((piece) => piece.text).join('')).join(''),
    )
    .join('');
}
