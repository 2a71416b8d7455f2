import type { TermList } from './reuse-terms.ts'

/** Terms in one window, and how far the next window starts: windows overlap by half. */
export const WINDOW_TERMS = 24
export const WINDOW_STEP = 12
/**
 * Terms in more windows than a cap do not propose candidates (they still count in the score): the inverted index
 * lists rare terms only. The cap is 2 % of the windows, at least {@link MIN_POSTING} and at most
 * {@link MAX_POSTING}; being bounded, it keeps finding candidates linear in the collection, whatever its size.
 */
export const MIN_POSTING = 64
export const MAX_POSTING = 1000
const POSTING_SHARE = 0.02
/** A candidate pair of windows shares at least this many rare terms… */
export const MIN_SEED_SHARED = 2
/** …and this share of the lighter window's term weight (IDF-weighted overlap coefficient). */
export const MIN_SEED_SCORE = 0.3
/**
 * A window seeds pairs with at most this many later windows, the best first: where many near-copies of a text
 * stand in a collection, each passage then pairs with a few of them instead of all (which would grow with the
 * square of the copies).
 */
export const MAX_SEEDS_PER_WINDOW = 8

/** The windows of a collection: which document and terms each covers, and the IDF of every term. */
export interface WindowIndex {
  /** Window → index of its document. */
  readonly documentOf: Int32Array
  /** Window → its first term and the term after its last, in its document's term list. */
  readonly firstTerm: Int32Array
  readonly endTerm: Int32Array
  /** Window → its distinct term ids, sorted. */
  readonly terms: readonly Int32Array[]
  /** Window → the sum of the IDF of its distinct terms. */
  readonly weight: Float64Array
  /** Term id → ln(1 + windows / windows with the term): smoothed, so that a term of every window still counts. */
  readonly idf: Float64Array
}

/** Two windows of different documents that share enough rare terms: the seed of a passage pair. */
export interface Seed {
  readonly a: number
  readonly b: number
}

/**
 * Cuts every document's terms into overlapping windows and weighs each term by its inverse window frequency.
 * A document shorter than a window is one window.
 * @example indexWindows([terms], dictionary.size).documentOf.length
 */
export function indexWindows(documents: readonly TermList[], termCount: number): WindowIndex {
  const documentOf: number[] = []
  const firstTerm: number[] = []
  const endTerm: number[] = []
  const terms: Int32Array[] = []
  const frequency = new Int32Array(termCount)
  documents.forEach((list, d) => {
    const n = list.ids.length
    if (n === 0) return
    for (let start = 0; ; start += WINDOW_STEP) {
      const from = Math.max(0, Math.min(start, n - WINDOW_TERMS))
      const to = Math.min(n, from + WINDOW_TERMS)
      const distinct = Int32Array.from(new Set(list.ids.subarray(from, to))).sort()
      for (const id of distinct) frequency[id] = (frequency[id] as number) + 1
      documentOf.push(d)
      firstTerm.push(from)
      endTerm.push(to)
      terms.push(distinct)
      if (to >= n) break
    }
  })
  const idf = new Float64Array(termCount)
  for (let id = 0; id < termCount; id++) {
    const df = frequency[id] as number
    idf[id] = df === 0 ? 0 : Math.log(1 + terms.length / df)
  }
  const weight = Float64Array.from(terms, (ids) => ids.reduce((sum, id) => sum + (idf[id] as number), 0))
  return {
    documentOf: Int32Array.from(documentOf),
    firstTerm: Int32Array.from(firstTerm),
    endTerm: Int32Array.from(endTerm),
    terms,
    weight,
    idf,
  }
}

/**
 * Pairs of windows of different documents that share ≥ {@link MIN_SEED_SHARED} rare terms and whose weighted
 * overlap reaches {@link MIN_SEED_SCORE}. Candidates come from an inverted index of rare terms only (at most
 * a bounded number of windows each), scored term at a time per window, so the cost grows with the collection,
 * not with its square.
 */
export function findSeeds(index: WindowIndex): Seed[] {
  const count = index.terms.length
  const postings = buildPostings(index)
  const shared = new Int32Array(count)
  const touched: number[] = []
  const seeds: Seed[] = []
  for (let a = 0; a < count; a++) {
    const documentA = index.documentOf[a] as number
    for (const id of index.terms[a] as Int32Array) {
      for (const b of postings.get(id) ?? []) {
        if (b <= a || index.documentOf[b] === documentA) continue
        if (shared[b] === 0) touched.push(b)
        shared[b] = (shared[b] as number) + 1
      }
    }
    const scored: { b: number; score: number }[] = []
    for (const b of touched) {
      if ((shared[b] as number) >= MIN_SEED_SHARED) {
        const score = overlapScore(index, a, b)
        if (score >= MIN_SEED_SCORE) scored.push({ b, score })
      }
      shared[b] = 0
    }
    touched.length = 0
    if (scored.length > MAX_SEEDS_PER_WINDOW) scored.sort((x, y) => y.score - x.score || x.b - y.b)
    for (const { b } of scored.slice(0, MAX_SEEDS_PER_WINDOW).sort((x, y) => x.b - y.b)) seeds.push({ a, b })
  }
  return seeds
}

/** Term id → the windows that hold it, for terms in 2 windows up to the cap. */
function buildPostings(index: WindowIndex): Map<number, number[]> {
  const frequency = new Map<number, number>()
  for (const ids of index.terms) for (const id of ids) frequency.set(id, (frequency.get(id) ?? 0) + 1)
  const cap = Math.min(MAX_POSTING, Math.max(MIN_POSTING, Math.ceil(index.terms.length * POSTING_SHARE)))
  const postings = new Map<number, number[]>()
  index.terms.forEach((ids, window) => {
    for (const id of ids) {
      const df = frequency.get(id) as number
      if (df < 2 || df > cap) continue
      const list = postings.get(id)
      if (list === undefined) postings.set(id, [window])
      else list.push(window)
    }
  })
  return postings
}

/** The IDF of the terms two windows share over the lighter window's weight (0 to 1). */
export function overlapScore(index: WindowIndex, a: number, b: number): number {
  const x = index.terms[a] as Int32Array
  const y = index.terms[b] as Int32Array
  let i = 0
  let j = 0
  let common = 0
  while (i < x.length && j < y.length) {
    const u = x[i] as number
    const v = y[j] as number
    if (u === v) {
      common += index.idf[u] as number
      i++
      j++
    } else if (u < v) i++
    else j++
  }
  const lighter = Math.min(index.weight[a] as number, index.weight[b] as number)
  return lighter === 0 ? 0 : common / lighter
}
