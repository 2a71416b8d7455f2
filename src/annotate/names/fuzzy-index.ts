/**
 * Finds words one edit away from known words (a deletion neighbourhood, as in SymSpell): "Tomsy" → "tomsky",
 * "Bucharin" → "bukharin". Built once per lexicon; a lookup costs one map probe per letter of the word.
 */
export interface FuzzyIndex {
  /** Known keys at most one insertion, deletion or substitution away from `key`. */
  lookup(key: string): string[]
}

/** Builds the index over keys (lower-case words). */
export function createFuzzyIndex(keys: Iterable<string>): FuzzyIndex {
  const byDeletion = new Map<string, Set<string>>()
  const add = (variant: string, key: string): void => {
    const set = byDeletion.get(variant) ?? new Set<string>()
    set.add(key)
    byDeletion.set(variant, set)
  }
  for (const key of keys) {
    add(key, key)
    for (const variant of deletions(key)) add(variant, key)
  }
  return {
    lookup(key) {
      const found = new Set<string>()
      for (const variant of [key, ...deletions(key)]) {
        for (const candidate of byDeletion.get(variant) ?? []) {
          if (candidate !== key && withinOneEdit(key, candidate)) found.add(candidate)
        }
      }
      return [...found]
    },
  }
}

function deletions(key: string): string[] {
  const out: string[] = []
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1))
  return out
}

/** Levenshtein distance ≤ 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
