/** Marks the start of a matched passage in a search snippet (a control character no text contains). */
export const MARK_START = '\u0002'
/** Marks the end of a matched passage in a search snippet. */
export const MARK_END = '\u0003'

/** One part of a full-text query: a word (matched as a prefix) or a phrase (its words in order). */
export interface SearchTerm {
  readonly words: readonly string[]
  readonly phrase: boolean
}

const WORD = /[\p{L}\p{N}]+/gu

/** Words shorter than this match as whole words in a query of several words (see `parseSearchText`). */
const SHORT_WORD = 3

/**
 * Splits what a reader typed into terms: text in double quotes is a phrase, every other word a prefix (so results
 * come as the reader types), except that in a query of several words a word of one or two letters (an initial,
 * "of", "ЦК") is a whole word, and so is a query of one letter: as a prefix it would match nearly every word of
 * the index (at 100 MB, "s…" is 18,600 of 19,400 documents and 125 ms) and add only cost.
 * Punctuation and operators are dropped, so no input can break the database's query syntax. An unclosed quote is
 * a phrase up to the end.
 * @example parseSearchText('"Central Committee" Troc') // [{ words: ['Central', 'Committee'], phrase: true }, { words: ['Troc'], phrase: false }]
 */
export function parseSearchText(text: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  const parts = text.split('"')
  parts.forEach((part, index) => {
    const words = part.match(WORD) ?? []
    if (index % 2 === 1) {
      if (words.length > 0) terms.push({ words, phrase: true })
    } else for (const word of words) terms.push({ words: [word], phrase: false })
  })
  const several = terms.reduce((sum, term) => sum + term.words.length, 0) > 1
  const shortest = several ? SHORT_WORD : 2
  return terms.map((term) =>
    !term.phrase && (term.words[0] as string).length < shortest ? { ...term, phrase: true } : term,
  )
}
