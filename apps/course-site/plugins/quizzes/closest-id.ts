/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution);
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The id among `ids` that `input` was most likely meant to be: the closest by edit distance
 * within a third of its length, or one that shares a hyphen-separated word. Undefined if none.
 * @example closestId('missile-warning', ['missile-warning-data', 'ukraine']) // 'missile-warning-data'
 */
export function closestId(input: string, ids: readonly string[]): string | undefined {
  const words = new Set(
    input
      .toLowerCase()
      .split('-')
      .filter((word) => word.length > 3),
  );
  let best: { id: string; score: number } | undefined;
  for (const id of ids) {
    const distance = editDistance(input.toLowerCase(), id);
    const shared = id.split('-').filter((word) => words.has(word)).length;
    if (distance > Math.max(2, Math.floor(id.length / 3)) && shared === 0) continue;
    // A shared word outweighs a few edits: 'warning-data' means 'missile-warning-data'.
    const score = distance - 3 * shared;
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id;
}
