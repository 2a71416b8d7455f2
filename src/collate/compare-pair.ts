import { alignTokens, sameToken } from './align-tokens.ts'
import type { Token } from './tokenize.ts'

/** Variant kinds, as the other witness reads against the base: it lacks, adds, replaces or moves words. */
export type VariantKind = 'omission' | 'addition' | 'substitution' | 'transposition'

/**
 * One place where two token streams differ, as half-open token ranges. For a transposition the base range is
 * where the block stands in the base and the other range where it stands in the other witness.
 */
export interface PairPlace {
  readonly kind: VariantKind
  readonly baseStart: number
  readonly baseEnd: number
  readonly otherStart: number
  readonly otherEnd: number
}

/** A block counts as moved when at least this many tokens in a row were deleted in one place and added elsewhere. */
export const MIN_TRANSPOSITION = 3

/**
 * The places where `other` differs from `base`, in base order, and the alignment (for each base token the other's
 * token it matches, or -1): aligned words are equal; what lies between
 * two aligned words is an omission, an addition or a substitution, unless a block of ≥ 3 words left out in
 * one place stands elsewhere in the other witness: that is a transposition.
 * @example comparePair(tokenize('a b c d e'), tokenize('a b d e')).places // [{ kind: 'omission', baseStart: 2, … }]
 */
export function comparePair(
  base: readonly Token[],
  other: readonly Token[],
): { places: PairPlace[]; matches: number[] } {
  const matches = alignTokens(base, other)
  const otherMatched = new Array<number>(other.length).fill(-1)
  matches.forEach((j, i) => {
    if (j >= 0) otherMatched[j] = i
  })
  const moves = findMoves(base, other, matches, otherMatched)
  const movedBase = new Set<number>()
  const movedOther = new Set<number>()
  for (const move of moves) {
    for (let i = move.baseStart; i < move.baseEnd; i++) movedBase.add(i)
    for (let j = move.otherStart; j < move.otherEnd; j++) movedOther.add(j)
  }
  const places: PairPlace[] = [...moves]
  let i = 0
  let j = 0
  while (i < base.length || j < other.length) {
    if (i < base.length && j < other.length && matches[i] === j) {
      i++
      j++
      continue
    }
    const gapStart = { i, j }
    while (i < base.length && (matches[i] as number) < 0) i++
    while (j < other.length && (otherMatched[j] as number) < 0) j++
    places.push(...gapPlaces(gapStart.i, i, gapStart.j, j, movedBase, movedOther))
  }
  places.sort((x, y) => x.baseStart - y.baseStart || x.otherStart - y.otherStart)
  return { places, matches }
}

/** The places of one gap between aligned words, leaving out the tokens of moved blocks. */
function gapPlaces(
  baseStart: number,
  baseEnd: number,
  otherStart: number,
  otherEnd: number,
  movedBase: ReadonlySet<number>,
  movedOther: ReadonlySet<number>,
): PairPlace[] {
  const baseRuns = runsOutside(baseStart, baseEnd, movedBase)
  const otherRuns = runsOutside(otherStart, otherEnd, movedOther)
  const places: PairPlace[] = []
  const count = Math.max(baseRuns.length, otherRuns.length)
  for (let k = 0; k < count; k++) {
    const b = baseRuns[k] ?? [baseRuns.at(-1)?.[1] ?? baseStart, baseRuns.at(-1)?.[1] ?? baseStart]
    const o = otherRuns[k] ?? [otherRuns.at(-1)?.[1] ?? otherStart, otherRuns.at(-1)?.[1] ?? otherStart]
    const kind = b[0] === b[1] ? 'addition' : o[0] === o[1] ? 'omission' : 'substitution'
    places.push({ kind, baseStart: b[0], baseEnd: b[1], otherStart: o[0], otherEnd: o[1] })
  }
  return places
}

/** Maximal runs of indices in [start, end) that are not in `moved`. */
function runsOutside(start: number, end: number, moved: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = []
  let runStart = -1
  for (let k = start; k <= end; k++) {
    const inside = k < end && !moved.has(k)
    if (inside && runStart < 0) runStart = k
    if (!inside && runStart >= 0) {
      runs.push([runStart, k])
      runStart = -1
    }
  }
  return runs
}

/**
 * Blocks of ≥ 3 unaligned tokens of the base that stand, unaligned, in another gap of the other witness.
 * Trigrams of the other witness's unaligned tokens are indexed, so the search is linear in the texts.
 */
function findMoves(
  base: readonly Token[],
  other: readonly Token[],
  matches: readonly number[],
  otherMatched: readonly number[],
): PairPlace[] {
  const free = (list: readonly number[], k: number, n: number) => {
    for (let d = 0; d < n; d++) if (k + d >= list.length || (list[k + d] as number) >= 0) return false
    return true
  }
  const gram = (tokens: readonly Token[], k: number) =>
    `${(tokens[k] as Token).key} ${(tokens[k + 1] as Token).key} ${(tokens[k + 2] as Token).key}`
  const index = new Map<string, number[]>()
  for (let j = 0; j + MIN_TRANSPOSITION <= other.length; j++) {
    if (!free(otherMatched, j, MIN_TRANSPOSITION)) continue
    const key = gram(other, j)
    const list = index.get(key)
    if (list === undefined) index.set(key, [j])
    else list.push(j)
  }
  const gaps = gapBounds(matches)
  const used = new Set<number>()
  const moves: PairPlace[] = []
  for (let i = 0; i + MIN_TRANSPOSITION <= base.length; i++) {
    if (!free(matches, i, MIN_TRANSPOSITION)) continue
    let best = { j: -1, length: 0 }
    for (const j of index.get(gram(base, i)) ?? []) {
      if (used.has(j) || (j > (gaps.before[i] as number) && j < (gaps.after[i] as number))) continue
      let length = 0
      while (
        i + length < base.length &&
        j + length < other.length &&
        (matches[i + length] as number) < 0 &&
        (otherMatched[j + length] as number) < 0 &&
        !used.has(j + length) &&
        sameToken(base[i + length] as Token, other[j + length] as Token)
      )
        length++
      if (length > best.length) best = { j, length }
    }
    if (best.length < MIN_TRANSPOSITION) continue
    for (let d = 0; d < best.length; d++) used.add(best.j + d)
    moves.push({
      kind: 'transposition',
      baseStart: i,
      baseEnd: i + best.length,
      otherStart: best.j,
      otherEnd: best.j + best.length,
    })
    i += best.length - 1
  }
  return moves
}

/** For each base token, the other-witness index aligned nearest before and after it (the gap it faces). */
function gapBounds(matches: readonly number[]): { before: number[]; after: number[] } {
  const before = new Array<number>(matches.length)
  const after = new Array<number>(matches.length)
  let last = -1
  for (let k = 0; k < matches.length; k++) {
    before[k] = last
    if ((matches[k] as number) >= 0) last = matches[k] as number
  }
  last = Number.POSITIVE_INFINITY
  for (let k = matches.length - 1; k >= 0; k--) {
    after[k] = last
    if ((matches[k] as number) >= 0) last = matches[k] as number
  }
  return { before, after }
}
