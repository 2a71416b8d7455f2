import type { Span } from '../core/index.ts'
import { alignTokens } from './align-tokens.ts'
import { type Cluster, clusterSeeds } from './reuse-clusters.ts'
import { createTermDictionary, extractTerms, type TermList } from './reuse-terms.ts'
import { findSeeds, indexWindows } from './reuse-windows.ts'
import { alignWords, type ReuseLink, shift } from './reuse-words.ts'
import type { Token } from './tokenize.ts'

/** A document to search for reuse: its text (or its part of the source's text) and what to leave out. */
export interface ReuseDocument {
  readonly sourceId: string
  readonly documentId: string
  readonly text: string
  /** Where `text` starts in the source's normalised text; passages are given as offsets there. @default 0 */
  readonly offset?: number
  /** Ranges of `text` that are not the document's own (documents nested in it), relative to `text`. */
  readonly skip?: readonly Span[]
}

/** One side of a reuse pair: a passage of a document, as offsets into its source's normalised text. */
export interface ReusePassage {
  readonly sourceId: string
  readonly documentId: string
  readonly span: Span
}

export type { ReuseLink } from './reuse-words.ts'

/** A passage of one document found again in another document: copied, or translated otherwise. */
export interface ReusePair {
  readonly a: ReusePassage
  readonly b: ReusePassage
  /** IDF-weighted share of the lighter passage's terms that align with the other's (0 to 1). */
  readonly score: number
  /** How many terms aligned. */
  readonly terms: number
  /** The summed IDF of the aligned terms: how much rare vocabulary the passages share. */
  readonly weight: number
  /** `collate/reuse:verbatim` when the words agree almost throughout, else `collate/reuse:paraphrase`. */
  readonly rule: string
  readonly alignment: readonly ReuseLink[]
}

/** Options of {@link findReuse}. */
export interface FindReuseOptions {
  /** Lowest score of a pair. @default 0.35 */
  readonly minScore?: number
  /** Fewest aligned terms of a pair. @default 8 */
  readonly minTerms?: number
  /**
   * Lowest summed IDF of the aligned terms, in units of the highest IDF the collection has (a term of one window):
   * a few common words in common are not reuse, however dense. Relative, so that it means the same for two files
   * and for five hundred. @default 3
   */
  readonly minWeight?: number
}

export const REUSE_VERBATIM_RULE = 'collate/reuse:verbatim'
export const REUSE_PARAPHRASE_RULE = 'collate/reuse:paraphrase'

/** Aligned terms further apart than this (in either passage) end a passage. */
const MAX_GAP = 12
/** At either end of a passage, an aligned term this far from the next one (in either passage) is left out. */
const EDGE_GAP = 3
/** What a name (a term capitalised in both passages) weighs against another term of the same IDF. */
const NAME_WEIGHT = 0.5

interface Prepared {
  readonly document: ReuseDocument
  readonly terms: TermList
}

/**
 * Finds passages that two documents share: exact copies and other translations of one text. Texts are cut into
 * overlapping windows of content terms (stemmed, romanisations folded, function words dropped); windows of
 * different documents that share rare terms are candidates, scored by IDF-weighted overlap; neighbouring
 * candidate windows join into one passage, whose terms are aligned in order (rare terms anchor, as in collation)
 * and scored again. A document is never paired with itself. See docs/decisions/0008-text-reuse.md.
 * @example findReuse([{ sourceId: 's1', documentId: 'd1', text: a }, { sourceId: 's2', documentId: 'd2', text: b }])
 */
export function findReuse(documents: readonly ReuseDocument[], options: FindReuseOptions = {}): ReusePair[] {
  const ids = new Set(documents.map((d) => d.documentId))
  if (ids.size !== documents.length) throw new RangeError('Cannot find reuse: document ids repeat')
  const dictionary = createTermDictionary()
  const prepared: Prepared[] = withoutCopies(documents).map((document) => ({
    document,
    terms: extractTerms(document.text, document.skip ?? [], dictionary),
  }))
  const index = indexWindows(
    prepared.map((p) => p.terms),
    dictionary.size,
  )
  const pairs: ReusePair[] = []
  for (const cluster of clusterSeeds(findSeeds(index), index)) {
    const pair = toPair(cluster, prepared, { idf: index.idf, windows: index.terms.length }, options)
    if (pair !== undefined) pairs.push(pair)
  }
  return dropOverlapping(pairs).sort(
    (x, y) =>
      x.a.sourceId.localeCompare(y.a.sourceId) ||
      x.a.span.start - y.a.span.start ||
      x.b.sourceId.localeCompare(y.b.sourceId) ||
      x.b.span.start - y.b.span.start,
  )
}

/**
 * The documents, each text once: of documents whose own text is the same (a file imported twice, one letter
 * printed in two books), only the first is searched. Otherwise every passage of N copies would pair with the
 * N − 1 others, and a collection with many copies would cost the square of them in time and memory.
 */
function withoutCopies(documents: readonly ReuseDocument[]): ReuseDocument[] {
  const seen = new Set<string>()
  return documents.filter((document) => {
    const own = ownText(document)
    if (own.trim() === '') return true
    if (seen.has(own)) return false
    seen.add(own)
    return true
  })
}

/** A document's text without the ranges it skips (the documents nested in it). */
function ownText(document: ReuseDocument): string {
  const skip = [...(document.skip ?? [])].sort((x, y) => x.start - y.start)
  if (skip.length === 0) return document.text
  let own = ''
  let from = 0
  for (const span of skip) {
    own += document.text.slice(from, Math.max(from, span.start))
    from = Math.max(from, span.end)
  }
  return own + document.text.slice(from)
}

/** Aligns the terms of a cluster, trims stray matches at its ends, and scores what is left. */
function toPair(
  cluster: Cluster,
  prepared: readonly Prepared[],
  weights: { readonly idf: Float64Array; readonly windows: number },
  options: FindReuseOptions,
): ReusePair | undefined {
  const { idf } = weights
  const a = prepared[cluster.documentA] as Prepared
  const b = prepared[cluster.documentB] as Prepared
  const tokensA = termTokens(a.terms, cluster.termsA)
  const tokensB = termTokens(b.terms, cluster.termsB)
  const matched = trimStray(matchedPairs(alignTokens(tokensA, tokensB)), [
    { tokens: tokensA, skip: a.document.skip ?? [] },
    { tokens: tokensB, skip: b.document.skip ?? [] },
  ])
  if (matched.length < (options.minTerms ?? 8)) return undefined
  const [firstA, firstB] = matched[0] as [number, number]
  const [lastA, lastB] = matched.at(-1) as [number, number]
  const { common, score } = scoreAlignment(
    matched,
    { terms: a.terms, range: cluster.termsA, tokens: tokensA },
    { terms: b.terms, range: cluster.termsB, tokens: tokensB },
    idf,
  )
  const rarest = Math.log(1 + weights.windows)
  if (score < (options.minScore ?? 0.35) || common < (options.minWeight ?? 3) * rarest) return undefined
  const spanA = { start: (tokensA[firstA] as Token).span.start, end: (tokensA[lastA] as Token).span.end }
  const spanB = { start: (tokensB[firstB] as Token).span.start, end: (tokensB[lastB] as Token).span.end }
  const words = alignWords(a.document, spanA, b.document, spanB)
  const offsetA = a.document.offset ?? 0
  const offsetB = b.document.offset ?? 0
  return {
    a: passage(a.document, spanA),
    b: passage(b.document, spanB),
    score: Math.round(Math.min(1, score) * 1000) / 1000,
    terms: matched.length,
    weight: Math.round(common * 10) / 10,
    rule: words.verbatim ? REUSE_VERBATIM_RULE : REUSE_PARAPHRASE_RULE,
    alignment: words.links.map((link) => ({ a: shift(link.a, offsetA), b: shift(link.b, offsetB) })),
  }
}

/** The terms of one passage: the document's term list, the cluster's range in it, and the range as tokens. */
interface PassageTerms {
  readonly terms: TermList
  readonly range: readonly [number, number]
  readonly tokens: readonly Token[]
}

/**
 * The IDF of the aligned terms (`common`) and its share of the lighter passage's IDF (`score`), both passages
 * counted from their first to their last aligned term. A word capitalised in both passages is a name: shared
 * names alone are not reuse, so they weigh {@link NAME_WEIGHT}.
 */
function scoreAlignment(
  matched: readonly [number, number][],
  a: PassageTerms,
  b: PassageTerms,
  idf: Float64Array,
): { common: number; score: number } {
  const idfOf = (side: PassageTerms, k: number) => idf[Number((side.tokens[k] as Token).key)] as number
  const isName = (side: PassageTerms, k: number) => side.terms.capitalised[side.range[0] + k] === 1
  const weigh = (side: PassageTerms, from: number, to: number) => {
    let sum = 0
    for (let k = from; k <= to; k++) sum += idfOf(side, k) * (isName(side, k) ? NAME_WEIGHT : 1)
    return sum
  }
  let common = 0
  for (const [i, j] of matched) common += idfOf(a, i) * (isName(a, i) && isName(b, j) ? NAME_WEIGHT : 1)
  const [firstA, firstB] = matched[0] as [number, number]
  const [lastA, lastB] = matched.at(-1) as [number, number]
  const lighter = Math.min(weigh(a, firstA, lastA), weigh(b, firstB, lastB))
  return { common, score: lighter === 0 ? 0 : common / lighter }
}

/** Terms as tokens whose key is the term id, so that the collation's aligner can align them. */
function termTokens(terms: TermList, [from, to]: [number, number]): Token[] {
  const tokens: Token[] = []
  for (let k = from; k < to; k++) {
    tokens.push({
      text: '',
      key: String(terms.ids[k]),
      span: { start: terms.starts[k] as number, end: terms.ends[k] as number },
    })
  }
  return tokens
}

function matchedPairs(matches: readonly number[]): [number, number][] {
  const pairs: [number, number][] = []
  matches.forEach((j, i) => {
    if (j >= 0) pairs.push([i, j])
  })
  return pairs
}

/** One side of an alignment as {@link trimStray} reads it: where its terms stand, and what its document skips. */
interface AlignedSide {
  /** The cluster's terms, with character offsets into the document's text. */
  readonly tokens: readonly Token[]
  /** Ranges of the document's text that belong to documents nested in it. */
  readonly skip: readonly Span[]
}

/** Whether a nested document's text stands between terms `from` and `to` of one side. */
function skippedBetween(side: AlignedSide, from: number, to: number): boolean {
  if (side.skip.length === 0) return false
  const after = (side.tokens[from] as Token).span.end
  const before = (side.tokens[to] as Token).span.start
  return side.skip.some((range) => range.end > range.start && range.start < before && range.end > after)
}

/**
 * Keeps the longest run of aligned terms in which no two neighbours stand more than {@link MAX_GAP} terms apart
 * or on either side of a nested document, so that a common word aligned far off does not stretch a passage and
 * no passage runs across another document's text; then drops lone terms at its ends.
 */
function trimStray(
  pairs: readonly [number, number][],
  [sideA, sideB]: readonly [AlignedSide, AlignedSide],
): [number, number][] {
  let best: [number, number] = [0, 0]
  let start = 0
  for (let k = 1; k <= pairs.length; k++) {
    const previous = pairs[k - 1] as [number, number]
    const current = pairs[k]
    const broken =
      current === undefined ||
      current[0] - previous[0] > MAX_GAP ||
      current[1] - previous[1] > MAX_GAP ||
      skippedBetween(sideA, previous[0], current[0]) ||
      skippedBetween(sideB, previous[1], current[1])
    if (!broken) continue
    if (k - start > best[1] - best[0]) best = [start, k]
    start = k
  }
  const kept = pairs.slice(best[0], best[1])
  const apart = (x: [number, number] | undefined, y: [number, number] | undefined) =>
    x !== undefined && y !== undefined && (y[0] - x[0] > EDGE_GAP || y[1] - x[1] > EDGE_GAP)
  while (kept.length > 1 && apart(kept[0], kept[1])) kept.shift()
  while (kept.length > 1 && apart(kept.at(-2), kept.at(-1))) kept.pop()
  return kept
}

function passage(document: ReuseDocument, span: Span): ReusePassage {
  return {
    sourceId: document.sourceId,
    documentId: document.documentId,
    span: shift(span, document.offset ?? 0),
  }
}

/** Of pairs whose passages overlap on both sides (two clusters of one passage), keeps the best. */
function dropOverlapping(pairs: readonly ReusePair[]): ReusePair[] {
  const kept: ReusePair[] = []
  const overlaps = (x: ReusePassage, y: ReusePassage) =>
    x.documentId === y.documentId && x.span.start < y.span.end && y.span.start < x.span.end
  for (const pair of [...pairs].sort((x, y) => y.score - x.score || y.terms - x.terms)) {
    if (!kept.some((k) => overlaps(k.a, pair.a) && overlaps(k.b, pair.b))) kept.push(pair)
  }
  return kept
}
