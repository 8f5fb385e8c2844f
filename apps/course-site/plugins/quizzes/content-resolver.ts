import {
  didYouMean,
  didYouMeanNote,
  type Reference,
  type Resolution,
  type ResolveReference,
} from '@tmm/quiz-engine/parser';
import {
  describeAnchor,
  getParagraph,
  glossary,
  isGlossaryId,
  isKeyPointId,
  keyPoints,
  paragraphIds,
  paragraphText,
  resolveAnchor,
  type TextQuoteAnchor,
} from '@tmm/statement-content';
import { statementAnchor } from '../../shared/statement-anchor';

const keyPointIds = keyPoints().map((point) => point.id);
const glossaryIds = glossary().map((term) => term.id);
const paragraphRange = `${paragraphIds[0]} to ${paragraphIds.at(-1)}`;

/** Words only, lower case: `North Korea`, `north-korea` and `north_korea` read the same. */
const plainWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Each glossary term's id under its id, its name and its other names, as plain words. */
const glossaryNames = glossary().flatMap((term) =>
  [term.id, term.term, ...term.aliases].map((name) => ({ name, words: plainWords(name), term })),
);

/**
 * How to find the glossary id meant by an unknown one: by the term's name or another name
 * (`North Korea` is the term 'DPRK', id `dprk`), by a close id or name, or, when nothing is
 * close, where the ids are listed. A key point id says it belongs in `keyPoints`.
 */
function glossaryHint(input: string): string {
  const words = plainWords(input);
  const named = glossaryNames.find((entry) => entry.words === words);
  if (named)
    return `; '${input}' is the glossary term '${named.term.term}': write its id, '${named.term.id}'`;
  if (isKeyPointId(input))
    return `; '${input}' is a key point id: list it under 'keyPoints' instead`;
  const byId = didYouMean(input, glossaryIds);
  if (byId) return `; did you mean '${byId}'?`;
  // A name written a little differently: it must share a word with the input.
  const inputWords = words.split(' ');
  const byName = didYouMean(
    words,
    glossaryNames.map((entry) => entry.words),
  );
  const close = glossaryNames.find(
    (entry) =>
      entry.words === byName && entry.words.split(' ').some((word) => inputWords.includes(word)),
  )?.term;
  if (close) return `; did you mean '${close.id}' (${close.term})?`;
  return `; the glossary ids are listed in the instructors' format reference (/instructors/format-reference#glossary-ids)`;
}

function unknownParagraph(paragraph: string): Resolution {
  return {
    ok: false,
    message: `there is no paragraph '${paragraph}' in the statement; use ${paragraphRange}`,
  };
}

/** Paragraphs other than the anchor's own whose text contains the quoted words. */
function paragraphsQuoting(anchor: TextQuoteAnchor): string[] {
  return paragraphIds.filter(
    (id) => id !== anchor.paragraph && paragraphText(id).includes(anchor.exact),
  );
}

function resolveEvidence(anchor: Reference & { kind: 'evidence' }): Resolution {
  const quote = statementAnchor(anchor.anchor);
  if (quote === null) return unknownParagraph(anchor.anchor.paragraph);
  const { paragraph, exact } = quote;
  const resolved = resolveAnchor(quote);
  if (resolved.ok) return { ok: true, sentenceIds: resolved.value.sentenceIds };
  if (resolved.error.kind === 'no-match') {
    const elsewhere = paragraphsQuoting(quote);
    const text = paragraphText(paragraph);
    const otherApostrophe = exact.includes("'")
      ? exact.replaceAll("'", '’')
      : exact.replaceAll('’', "'");
    const hint =
      elsewhere.length > 0
        ? `; these words are in ${elsewhere.join(', ')}: change 'paragraph'`
        : text.includes(exact)
          ? `; the words are in ${paragraph}, but not with this prefix and suffix`
          : otherApostrophe !== exact && text.includes(otherApostrophe)
            ? `; the statement writes the apostrophe here as ${exact.includes("'") ? '’ (curly)' : "' (straight)"}: write "${otherApostrophe}"`
            : '; copy the words from the statement exactly, apostrophes and capitals included';
    return {
      ok: false,
      message: `evidence anchor ${describeAnchor(quote)} matches no place in ${paragraph}${hint}`,
    };
  }
  if (resolved.error.kind === 'ambiguous')
    return {
      ok: false,
      message: `evidence anchor ${describeAnchor(quote)} matches ${resolved.error.matches} places in ${paragraph}; add a 'prefix' or 'suffix' (the words just before or after) so that it matches one`,
    };
  return { ok: false, message: resolved.error.message };
}

/**
 * Checks a quiz's references against the course content: an evidence anchor must match
 * exactly one place of the statement (its sentence ids are returned), a passage must name a
 * paragraph (its sentence ids are returned), and key point and glossary ids must exist.
 */
export const resolveCourseReference: ResolveReference = (reference) => {
  switch (reference.kind) {
    case 'evidence':
      return resolveEvidence(reference);
    case 'passage': {
      const paragraph = getParagraph(reference.paragraph);
      if (paragraph === undefined) return unknownParagraph(reference.paragraph);
      return { ok: true, sentenceIds: paragraph.sentences.map((sentence) => sentence.id) };
    }
    case 'keyPoint':
      return isKeyPointId(reference.id)
        ? { ok: true }
        : {
            ok: false,
            message: `there is no key point '${reference.id}'${didYouMeanNote(reference.id, keyPointIds)}`,
          };
    case 'glossary':
      return isGlossaryId(reference.id)
        ? { ok: true }
        : {
            ok: false,
            message: `there is no glossary term '${reference.id}'${glossaryHint(reference.id)}`,
          };
  }
};
