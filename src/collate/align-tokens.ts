import { diffArrays } from 'diff'
import type { Token } from './tokenize.ts'

/** Whether two tokens are the same word: equal keys, or equal name keys for names. */
export function sameToken(a: Token, b: Token): boolean {
  return a.key === b.key || (a.name !== undefined && a.name === b.name)
}

/** Above this many edits in one stretch between anchors, jsdiff gives up and the stretch is one variant. */
const MAX_EDIT_LENGTH = 2000

/**
 * Aligns two token streams: for each token of `a`, the index of the token of `b` it matches, or -1.
 * Rare tokens anchor first (a key that occurs once in each stretch, kept in order: patience alignment), then
 * jsdiff's `diffArrays` aligns what lies between anchors, so common words ("the", "of") never pull the
 * alignment across a passage.
 * @example alignTokens(tokenize('a b c'), tokenize('a c'))) // [0, -1, 1]
 */
export function alignTokens(a: readonly Token[], b: readonly Token[]): number[] {
  const matches = new Array<number>(a.length).fill(-1)
  alignStretch(a, b, 0, a.length, 0, b.length, matches)
  return matches
}

function alignStretch(
  a: readonly Token[],
  b: readonly Token[],
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  matches: number[],
): void {
  // Common prefix and suffix first: cheap and exact.
  while (aStart < aEnd && bStart < bEnd && sameToken(a[aStart] as Token, b[bStart] as Token))
    matches[aStart++] = bStart++
  while (aEnd > aStart && bEnd > bStart && sameToken(a[aEnd - 1] as Token, b[bEnd - 1] as Token))
    matches[--aEnd] = --bEnd
  if (aStart === aEnd || bStart === bEnd) return
  let anchors = uniqueAnchors(a, b, aStart, aEnd, bStart, bEnd, 1)
  if (anchors.length === 0) anchors = uniqueAnchors(a, b, aStart, aEnd, bStart, bEnd, 3)
  if (anchors.length === 0) {
    diffStretch(a, b, aStart, aEnd, bStart, bEnd, matches)
    return
  }
  let ai = aStart
  let bi = bStart
  for (const [i, j] of anchors) {
    alignStretch(a, b, ai, i, bi, j, matches)
    matches[i] = j
    ai = i + 1
    bi = j + 1
  }
  alignStretch(a, b, ai, aEnd, bi, bEnd, matches)
}

/**
 * Pairs of tokens that start a run of `n` keys occurring exactly once in each stretch, the longest chain that
 * keeps their order. Single rare words first; where a stretch has none (common words only), rare trigrams.
 */
function uniqueAnchors(
  a: readonly Token[],
  b: readonly Token[],
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  n: number,
): [number, number][] {
  const countA = new Map<string, number>()
  const countB = new Map<string, number>()
  for (let i = aStart; i + n <= aEnd; i++) countOnce(countA, gramKey(a, i, n), i)
  for (let j = bStart; j + n <= bEnd; j++) countOnce(countB, gramKey(b, j, n), j)
  const pairs: [number, number][] = []
  for (const [key, i] of countA) {
    const j = countB.get(key)
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j])
  }
  pairs.sort((x, y) => x[0] - y[0])
  return longestIncreasing(pairs)
}

function gramKey(tokens: readonly Token[], start: number, n: number): string {
  if (n === 1) return (tokens[start] as Token).key
  let key = ''
  for (let k = start; k < start + n; k++) key += `${(tokens[k] as Token).key}\u0000`
  return key
}

/** Stores the index of a key's only occurrence, or -1 once it occurs again. */
function countOnce(counts: Map<string, number>, key: string, index: number): void {
  counts.set(key, counts.has(key) ? -1 : index)
}

/** The longest subsequence of pairs (sorted by the first) whose second members increase (patience sorting). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = []
  const previous = new Array<number>(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    const j = (pairs[k] as [number, number])[1]
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((pairs[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[k] = tails[lo - 1] as number
    tails[lo] = k
  }
  const result: [number, number][] = []
  for (let k = tails.at(-1) ?? -1; k !== -1; k = previous[k] as number)
    result.push(pairs[k] as [number, number])
  return result.reverse()
}

function diffStretch(
  a: readonly Token[],
  b: readonly Token[],
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  matches: number[],
): void {
  const changes = diffArrays(a.slice(aStart, aEnd), b.slice(bStart, bEnd), {
    comparator: sameToken,
    maxEditLength: MAX_EDIT_LENGTH,
  })
  if (changes === undefined) return
  let i = aStart
  let j = bStart
  for (const change of changes) {
    if (change.added) j += change.count
    else if (change.removed) i += change.count
    else for (let k = 0; k < change.count; k++) matches[i++] = j++
  }
}
