/**
 * Indexes (into `values`) of one longest strictly increasing subsequence, found in
 * O(n log n) by patience sorting. The items at those indexes are in the right relative order.
 */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  const tails: number[] = []; // index of the smallest tail of each length
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const run: number[] = [];
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] ?? -1)
    run.push(index);
  return run.reverse();
}
