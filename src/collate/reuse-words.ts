import type { Span } from '../core/index.ts'
import { alignTokens } from './align-tokens.ts'
import type { ReuseDocument } from './find-reuse.ts'
import { type Token, tokenize } from './tokenize.ts'

/** Words of the two passages that the word alignment matched, as runs (offsets as in the passages). */
export interface ReuseLink {
  readonly a: Span
  readonly b: Span
}

/** Share of words that must align for a pair to count as a verbatim copy. */
const VERBATIM_SHARE = 0.9

/** A span moved by `by` characters. */
export function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by }
}

/** The words of a passage of a document, leaving out those of documents nested in it (offsets within the passage). */
function ownWords(document: ReuseDocument, span: Span): Token[] {
  const words = tokenize(document.text.slice(span.start, span.end))
  const skip = document.skip ?? []
  if (skip.length === 0) return words
  const nested = (word: Token) =>
    skip.some((range) => range.start < span.start + word.span.end && range.end > span.start + word.span.start)
  return words.filter((word) => !nested(word))
}

/**
 * Aligns the words of two passages (each document's own words only): runs of matched words, and whether they
 * agree almost throughout.
 */
export function alignWords(
  a: ReuseDocument,
  spanA: Span,
  b: ReuseDocument,
  spanB: Span,
): { links: ReuseLink[]; verbatim: boolean } {
  const wordsA = ownWords(a, spanA)
  const wordsB = ownWords(b, spanB)
  const matches = alignTokens(wordsA, wordsB)
  const links: ReuseLink[] = []
  let count = 0
  let run: { a: Span; b: Span } | undefined
  let last = [-2, -2]
  matches.forEach((j, i) => {
    if (j < 0) return
    count++
    const wordA = shift((wordsA[i] as Token).span, spanA.start)
    const wordB = shift((wordsB[j] as Token).span, spanB.start)
    if (run !== undefined && i === (last[0] as number) + 1 && j === (last[1] as number) + 1) {
      run.a = { start: run.a.start, end: wordA.end }
      run.b = { start: run.b.start, end: wordB.end }
    } else {
      run = { a: wordA, b: wordB }
      links.push(run)
    }
    last = [i, j]
  })
  const verbatim = count >= VERBATIM_SHARE * Math.max(wordsA.length, wordsB.length)
  return { links, verbatim }
}
