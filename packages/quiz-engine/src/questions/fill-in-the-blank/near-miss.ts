import { editDistance } from '../../parser/did-you-mean';
import { normaliseAnswerText } from './normalise-answer-text';

/** The shortest word whose misspelling is forgiven as a near miss, in letters. */
export const NEAR_MISS_MIN_LETTERS = 5;

/** Edits forgiven in a word of `letters` letters: 1 up to 8 letters, 2 from 9. */
export function editsForgiven(letters: number): number {
  if (letters < NEAR_MISS_MIN_LETTERS) return 0;
  return letters < 9 ? 1 : 2;
}

// Everything that only changes a word's form: spaces, hyphens and dashes, apostrophes and
// quotes of any style, other punctuation.
const FORM = /[\s\p{P}\u0060\u00B4]/gu;

/** The letters of a text alone, case folded: `Indo-Pacific`, `indo pacific` → `indopacific`. */
function lettersOnly(text: string): string {
  return text.normalize('NFKC').replace(FORM, '').toLowerCase();
}

/** Transpositions count as one edit: "recieve" is one slip from "receive". */
function damerauDistance(a: string, b: string): number {
  if (a.length === b.length) {
    const differ = [...a].flatMap((char, index) => (char === b[index] ? [] : [index]));
    const [i, j] = differ;
    if (differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i])
      return 1;
  }
  return editDistance(a, b);
}

/** Word by word, each pair equal or a forgivable slip in a word of five letters or more. */
function closeWords(given: string, accepted: string): boolean {
  const givenWords = given.split(' ');
  const acceptedWords = accepted.split(' ');
  if (givenWords.length !== acceptedWords.length) return false;
  return givenWords.every((word, index) => {
    const target = acceptedWords[index] ?? '';
    if (word === target) return true;
    const letters = Math.min(word.length, target.length);
    return damerauDistance(word, target) <= editsForgiven(letters);
  });
}

/**
 * Whether `given`, not accepted, is a near miss of one accepted answer: the same letters
 * differing only in case, spaces, hyphens or apostrophe style, or a small misspelling of
 * words of five letters or more (one edit up to eight letters, two from nine; a swap of
 * neighbouring letters is one edit). Accepted answers stay exact: a near miss earns nothing,
 * it only asks for a second look.
 */
export function isNearMiss(
  given: string,
  accepted: readonly string[],
  caseSensitive: boolean,
): boolean {
  const typed = normaliseAnswerText(given, caseSensitive);
  if (typed === '') return false;
  return accepted.some((answer) => {
    const target = normaliseAnswerText(answer, caseSensitive);
    if (typed === target) return false;
    if (lettersOnly(given) === lettersOnly(answer)) return true;
    return closeWords(normaliseAnswerText(given), normaliseAnswerText(answer));
  });
}
