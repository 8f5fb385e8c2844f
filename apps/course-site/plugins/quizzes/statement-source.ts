import type { SourcePlace, SourceText } from '@tmm/quiz-interop';
import {
  getParagraph,
  getSentence,
  isSentenceId,
  paragraphIds,
  paragraphOf,
} from '@tmm/statement-content';
import { evidenceSentences } from '../../shared/statement-anchor';

/** A sentence id's place: its paragraph's number and its own number in that paragraph. */
function placeOf(sentenceIds: readonly string[]): SourcePlace | undefined {
  const [first] = sentenceIds;
  if (first === undefined || !isSentenceId(first)) return undefined;
  const paragraph = getParagraph(paragraphOf(first));
  if (paragraph === undefined) return undefined;
  const numbers = paragraph.sentences.map((sentence) => sentence.id);
  return {
    paragraph: paragraph.number,
    sentences: sentenceIds
      .filter((id) => numbers.includes(id as never))
      .map((id) => numbers.indexOf(id as never) + 1),
  };
}

/**
 * The statement as the quiz exchange formats need it: where an evidence anchor's words are
 * (through the one conversion of a quiz anchor, `shared/statement-anchor.ts`), a sentence's
 * words and place, and a paragraph's id by its number.
 */
export const statementSource: SourceText = {
  locate: (anchor) => placeOf(evidenceSentences([anchor])),
  sentence: (id) => {
    const sentence = getSentence(id);
    const place = placeOf([id]);
    return sentence && place ? { text: sentence.text, place } : undefined;
  },
  paragraphId: (number) => paragraphIds.find((id) => getParagraph(id)?.number === number),
};
