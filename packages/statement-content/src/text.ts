import { statement } from './statement';
import type { Paragraph, ParagraphId, Sentence, SentenceId } from './types';

/** A sentence's place in its paragraph's text. */
export interface SentenceSpan {
  readonly id: SentenceId;
  /** Offset of the first character in the paragraph text. */
  readonly start: number;
  /** Offset just past the last character (the space before the next sentence is outside). */
  readonly end: number;
}

/** Ids of the eight body paragraphs, in order. */
export const paragraphIds: readonly ParagraphId[] = statement.paragraphs.map(
  (paragraph) => paragraph.id,
);

const paragraphsById = new Map<string, Paragraph>(
  statement.paragraphs.map((paragraph) => [paragraph.id, paragraph]),
);

const sentencesById = new Map<string, Sentence>(
  statement.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => [sentence.id, sentence] as const),
  ),
);

// Sentences are joined by one space, as in the source, so offsets follow from the lengths.
const spansByParagraph = new Map<string, readonly SentenceSpan[]>(
  statement.paragraphs.map((paragraph) => {
    let start = 0;
    const spans = paragraph.sentences.map((sentence) => {
      const span = { id: sentence.id, start, end: start + sentence.text.length };
      start = span.end + 1;
      return span;
    });
    return [paragraph.id, spans];
  }),
);

/** True when `value` names a body paragraph (`p1`..`p8`). */
export function isParagraphId(value: string): value is ParagraphId {
  return paragraphsById.has(value);
}

/** True when `value` names a sentence of the body, e.g. `p3.s2`. */
export function isSentenceId(value: string): value is SentenceId {
  return sentencesById.has(value);
}

/** The paragraph with this id, or undefined when there is none. */
export function getParagraph(id: string): Paragraph | undefined {
  return paragraphsById.get(id);
}

/** The sentence with this id, or undefined when there is none. */
export function getSentence(id: string): Sentence | undefined {
  return sentencesById.get(id);
}

/** The paragraph of a sentence id (`p3.s2` → `p3`). */
export function paragraphOf(sentenceId: SentenceId): ParagraphId {
  const [paragraph] = sentenceId.split('.');
  if (paragraph === undefined || !isParagraphId(paragraph)) {
    throw new RangeError(`Sentence id '${sentenceId}' names no paragraph.`);
  }
  return paragraph;
}

// Joined once: anchors are resolved against these texts hundreds of times per page.
const textsByParagraph = new Map<string, string>(
  statement.paragraphs.map((paragraph) => [
    paragraph.id,
    paragraph.sentences.map((sentence) => sentence.text).join(' '),
  ]),
);

/** A paragraph's full text: its sentences joined by single spaces, as published. */
export function paragraphText(id: ParagraphId): string {
  const text = textsByParagraph.get(id);
  if (text === undefined) throw new RangeError(`No paragraph '${id}'.`);
  return text;
}

/** Where each sentence of a paragraph starts and ends in the paragraph text. */
export function sentenceSpans(id: ParagraphId): readonly SentenceSpan[] {
  return spansByParagraph.get(id) ?? [];
}

/** Every sentence id of the body, in reading order. */
export function allSentenceIds(): readonly SentenceId[] {
  return [...sentencesById.values()].map((sentence) => sentence.id);
}
