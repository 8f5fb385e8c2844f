import {
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
            message: `there is no glossary term '${reference.id}'${didYouMeanNote(reference.id, glossaryIds)}`,
          };
  }
};
