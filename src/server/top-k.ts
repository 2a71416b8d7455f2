/**
 * The first `k` of `items` in the order `compare` gives, in that order: what a sort followed by `slice(0, k)`
 * gives when `compare` is a total order, without sorting everything when `k` is small (a page of results among
 * thousands). One pass keeps the best `k` sorted, each item compared first with the worst kept.
 * @example topK([5, 1, 4, 2], 2, (a, b) => a - b) // [1, 2]
 */
export function topK<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return []
  if (k * 4 >= items.length) return [...items].sort(compare).slice(0, k)
  const kept: T[] = []
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1] as T) >= 0) continue
    let low = 0
    let high = kept.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(kept[middle] as T, item) <= 0) low = middle + 1
      else high = middle
    }
    kept.splice(low, 0, item)
    if (kept.length > k) kept.pop()
  }
  return kept
}
