import type { SearchTerm } from './search-text.ts'

const WORD = /[\p{L}\p{N}]+/gu

/** Documents a sample needs before any word is called common: in a small collection no query is slow. */
export const COMMON_SAMPLE_MINIMUM = 50

/**
 * The words (in lower case) that occur in more than half of a sample of documents' texts; none when the sample
 * has fewer than `minimum` texts. In bm25 such a word weighs nothing (its inverse document frequency is cut to
 * almost zero), yet an index query that requires it must read its list of places in nearly every document: at
 * 100 MB "the" alone costs 19 ms, more than the rest of a query of five words.
 * @example commonWords(['the tsar', 'the party', 'a plenum'], 1) // Set { 'the' }
 */
export function commonWords(texts: readonly string[], minimum = COMMON_SAMPLE_MINIMUM): ReadonlySet<string> {
  if (texts.length < minimum) return new Set()
  const documents = new Map<string, number>()
  for (const text of texts)
    for (const word of new Set(text.toLowerCase().match(WORD) ?? []))
      documents.set(word, (documents.get(word) ?? 0) + 1)
  return new Set([...documents].filter(([, count]) => count * 2 > texts.length).map(([word]) => word))
}

/**
 * The terms an index query needs of a search that requires all of them: one-word terms whose word is common are
 * left out while some other term remains (the documents they would exclude are too few to matter, and they add
 * nothing to the ranking); phrases always stay. All terms stay when every one is common.
 * @example requiredTerms(parseSearchText('the Politburo'), new Set(['the'])) // [{ words: ['Politburo'], phrase: false }]
 */
export function requiredTerms(
  terms: readonly SearchTerm[],
  common: ReadonlySet<string>,
): readonly SearchTerm[] {
  const kept = terms.filter(
    (term) => term.words.length !== 1 || !common.has((term.words[0] as string).toLowerCase()),
  )
  return kept.length === 0 ? terms : kept
}
