import type { EvidenceAnchor } from '@tmm/quiz-engine';

/** Where a quotation or a sentence sits in the source text, by 1-based numbers. */
export interface SourcePlace {
  /** The paragraph's number (1 for `p1`). */
  readonly paragraph: number;
  /** The sentences' numbers in that paragraph, in reading order. */
  readonly sentences: readonly number[];
}

/**
 * What an exporter needs to know of the source text. The engine treats evidence anchors
 * opaquely and this package depends on the engine alone, so the caller (the site, which
 * composes the statement and the quizzes) answers these questions.
 */
export interface SourceText {
  /** Where an evidence anchor's words are, or undefined when they match no place. */
  readonly locate: (anchor: EvidenceAnchor) => SourcePlace | undefined;
  /** A sentence's words and place, by the sentence id a select-evidence question offers. */
  readonly sentence: (
    sentenceId: string,
  ) => { readonly text: string; readonly place: SourcePlace } | undefined;
  /** The paragraph id of a paragraph number, for reading an evidence note back (3 → `p3`). */
  readonly paragraphId: (paragraph: number) => string | undefined;
}

/** "paragraph 3, sentence 2", "paragraph 3, sentences 2–3" or "paragraph 3, sentences 1, 3". */
export function describePlace(place: SourcePlace): string {
  const { paragraph, sentences } = place;
  if (sentences.length === 0) return `paragraph ${paragraph}`;
  if (sentences.length === 1) return `paragraph ${paragraph}, sentence ${sentences[0]}`;
  const first = sentences[0] ?? 0;
  const consecutive = sentences.every((n, i) => n === first + i);
  return consecutive
    ? `paragraph ${paragraph}, sentences ${first}–${sentences.at(-1)}`
    : `paragraph ${paragraph}, sentences ${sentences.join(', ')}`;
}
