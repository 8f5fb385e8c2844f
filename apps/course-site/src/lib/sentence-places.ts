import { getParagraph, paragraphOf, type SentenceId } from '@tmm/statement-content';

/** A sentence's 1-based place in its paragraph, read from its id (`p3.s2` → 2). */
export function sentenceNumber(id: SentenceId): number {
  return Number(id.slice(id.indexOf('.s') + 2));
}

function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * Names sentences the way a reader counts them, paragraph by paragraph.
 * @example describeSentences(['p1.s2', 'p2.s1', 'p2.s5']) // 'paragraph 1, sentence 2; paragraph 2, sentences 1 and 5'
 */
export function describeSentences(ids: readonly SentenceId[]): string {
  const byParagraph = new Map<string, number[]>();
  for (const id of ids) {
    const paragraph = paragraphOf(id);
    byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), sentenceNumber(id)]);
  }
  return [...byParagraph.entries()]
    .map(([paragraph, numbers]) => {
      const paragraphNumber = getParagraph(paragraph)?.number ?? paragraph;
      const noun = numbers.length === 1 ? 'sentence' : 'sentences';
      return `paragraph ${paragraphNumber}, ${noun} ${listNumbers(numbers)}`;
    })
    .join('; ');
}

/**
 * The annotated reader's address for some sentences: it scrolls to the first and highlights
 * them all (the reader reads `?highlight=` and the hash).
 * @example readerHref(['p3.s1', 'p3.s2']) // '/statement?highlight=p3.s1,p3.s2#p3.s1'
 */
export function readerHref(ids: readonly SentenceId[]): string {
  const [first] = ids;
  if (first === undefined) return '/statement';
  if (ids.length === 1) return `/statement#${first}`;
  return `/statement?highlight=${ids.join(',')}#${first}`;
}
