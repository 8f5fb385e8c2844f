/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * How many words of `a` start or are started by a word of `b` (`multi` and `multiple`);
 * a shared first word counts twice, as it usually carries the meaning.
 */
function sharedWords(a: string, b: string): number {
  const others = words(b);
  const close = (word: string, other: string) =>
    word.length > 2 && (other.startsWith(word) || word.startsWith(other));
  return words(a).reduce(
    (sum, word, index) =>
      sum +
      (others.some((other) => close(word, other)) ? 1 : 0) +
      (index === 0 && close(word, others[0] ?? '') ? 1 : 0),
    0,
  );
}

/**
 * The candidate `input` was most likely meant to be, or `undefined` when none is close:
 * close means a small edit distance (case aside) or a shared word.
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; words: number; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    const shared = sharedWords(input, candidate);
    const close = distance <= Math.max(2, Math.floor(candidate.length / 3)) || shared > 0;
    if (!close) continue;
    if (!best || shared > best.words || (shared === best.words && distance < best.distance))
      best = { candidate, words: shared, distance };
  }
  return best?.candidate;
}

/**
 * The end of a message that suggests the closest candidate: `; did you mean 'x'?`, or nothing
 * when none is close.
 *
 * @example `there is no key point '${id}'${didYouMeanNote(id, keyPointIds)}`
 */
export function didYouMeanNote(input: string, candidates: readonly string[]): string {
  const guess = didYouMean(input, candidates);
  return guess === undefined ? '' : `; did you mean '${guess}'?`;
}
