const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// Punctuation between two digits is kept so that 3.5 and 35 stay different.
const PUNCTUATION = /(?<!\d)\p{P}|\p{P}(?!\d)/gu;

/**
 * Normalises typed text for comparison: Unicode NFKC, typographic quotes and dashes made plain,
 * punctuation removed (except between digits), runs of white space made one space, trimmed,
 * and lower-cased unless `caseSensitive`.
 */
export function normaliseAnswerText(text: string, caseSensitive = false): string {
  const plain = text
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(PUNCTUATION, '')
    .replace(/\s+/g, ' ')
    .trim();
  return caseSensitive ? plain : plain.toLowerCase();
}
