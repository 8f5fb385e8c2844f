import {
  allSentenceIds,
  getSentence,
  isParagraphId,
  paragraphOf,
  paragraphText,
  sentenceSpans,
} from './text';
import type { AnchorError, AnchorResult, SentenceId, TextQuoteAnchor } from './types';

/**
 * Names an anchor briefly for messages: `{p2 'DPRK'}`, with its prefix and suffix when given.
 * @example describeAnchor({ paragraph: 'p2', exact: 'DPRK', suffix: ' threat' }) // {p2 'DPRK' suffix ' threat'}
 */
export function describeAnchor(anchor: TextQuoteAnchor): string {
  const prefix = anchor.prefix === undefined ? '' : ` prefix '${anchor.prefix}'`;
  const suffix = anchor.suffix === undefined ? '' : ` suffix '${anchor.suffix}'`;
  return `{${anchor.paragraph} '${anchor.exact}'${prefix}${suffix}}`;
}

function failure(
  anchor: TextQuoteAnchor,
  kind: AnchorError['kind'],
  matches: number,
): AnchorResult {
  const described = describeAnchor(anchor);
  const messages: Record<AnchorError['kind'], string> = {
    'unknown-paragraph': `anchor ${described} names no paragraph of the statement (use p1 to p8)`,
    'empty-exact': `anchor ${described} has no exact text`,
    'no-match': `anchor ${described} matches no place in ${anchor.paragraph}; copy the words exactly, apostrophes included`,
    ambiguous: `anchor ${described} matches ${matches} places; add a prefix or suffix`,
  };
  return { ok: false, error: { kind, anchor, matches, message: messages[kind] } };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether `prefix` is written just before `at`: as words, so whitespace at the join does not
 * matter (`'recognized'` and `'recognized '` both match before `trilateral`) and the prefix
 * starts at the beginning of a word.
 */
function prefixAt(text: string, at: number, prefix: string): boolean {
  const words = prefix.trim();
  const before = text.slice(0, at).trimEnd();
  if (!before.endsWith(words)) return false;
  const start = before.length - words.length;
  return start === 0 || !WORD.test(words[0] ?? '') || !WORD.test(text[start - 1] ?? '');
}

/** Whether `suffix` is written just after `end`, as words (see `prefixAt`). */
function suffixAt(text: string, end: number, suffix: string): boolean {
  const words = suffix.trim();
  const after = text.slice(end).trimStart();
  if (!after.startsWith(words)) return false;
  const stop = text.length - after.length + words.length;
  return stop === text.length || !WORD.test(words.at(-1) ?? '') || !WORD.test(text[stop] ?? '');
}

/**
 * Start offsets of every place `exact` occurs with the words of `prefix` just before and of
 * `suffix` just after (whitespace at the joins aside).
 */
function matchStarts(text: string, anchor: TextQuoteAnchor): number[] {
  const starts: number[] = [];
  // Overlapping occurrences count too: each would be a different place.
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    const end = at + anchor.exact.length;
    const prefixOk = anchor.prefix === undefined || prefixAt(text, at, anchor.prefix);
    const suffixOk = anchor.suffix === undefined || suffixAt(text, end, anchor.suffix);
    if (prefixOk && suffixOk) starts.push(at);
  }
  return starts;
}

// The statement never changes and anchors are read-only data, so each anchor object is
// resolved once: the reader, the glossary and the validators ask for the same ones again.
const resolvedAnchors = new WeakMap<TextQuoteAnchor, AnchorResult>();

/**
 * Resolves a quote anchor to offsets in its paragraph and the sentences it touches. It fails
 * unless exactly one place matches; the words of `prefix` must precede and those of `suffix`
 * follow the exact text, with nothing but whitespace (or nothing) between them.
 */
export function resolveAnchor(anchor: TextQuoteAnchor): AnchorResult {
  const known = resolvedAnchors.get(anchor);
  if (known !== undefined) return known;
  const result = resolveAnchorOnce(anchor);
  resolvedAnchors.set(anchor, result);
  return result;
}

function resolveAnchorOnce(anchor: TextQuoteAnchor): AnchorResult {
  if (!isParagraphId(anchor.paragraph)) return failure(anchor, 'unknown-paragraph', 0);
  if (anchor.exact === '') return failure(anchor, 'empty-exact', 0);
  const starts = matchStarts(paragraphText(anchor.paragraph), anchor);
  const [start] = starts;
  if (start === undefined) return failure(anchor, 'no-match', 0);
  if (starts.length > 1) return failure(anchor, 'ambiguous', starts.length);
  const end = start + anchor.exact.length;
  const sentenceIds = sentenceSpans(anchor.paragraph)
    .filter((span) => span.start < end && start < span.end)
    .map((span) => span.id);
  return {
    ok: true,
    value: { paragraph: anchor.paragraph, start, end, exact: anchor.exact, sentenceIds },
  };
}

/** The sentence ids an anchor covers, in order; empty when it does not resolve. */
export function sentenceIdsOf(anchor: TextQuoteAnchor): readonly SentenceId[] {
  const resolved = resolveAnchor(anchor);
  return resolved.ok ? resolved.value.sentenceIds : [];
}

/**
 * The sentences a set of anchors covers, each once, in reading order. An anchor that matches no
 * single place covers nothing.
 * @example sentencesCovered([{ paragraph: 'p2', exact: 'They urged' }, { paragraph: 'p1', exact: 'Singapore' }]) // ['p1.s1', 'p2.s7']
 */
export function sentencesCovered(anchors: readonly TextQuoteAnchor[]): SentenceId[] {
  const covered = new Set(anchors.flatMap((anchor) => sentenceIdsOf(anchor)));
  return allSentenceIds().filter((id) => covered.has(id));
}

/**
 * An anchor on one whole sentence, taken from the statement data rather than retyped.
 * @example sentenceAnchor('p3.s1') // { paragraph: 'p3', exact: 'In line with the commitments …' }
 */
export function sentenceAnchor(id: SentenceId): TextQuoteAnchor {
  const sentence = getSentence(id);
  if (sentence === undefined) throw new RangeError(`No sentence '${id}'.`);
  return { paragraph: paragraphOf(id), exact: sentence.text };
}
