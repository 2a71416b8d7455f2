import type { Span } from '../core/index.ts'
import { nameKey } from '../core/index.ts'

/** A word of a witness: as written, its matching key, and where it stands in the witness text. */
export interface Token {
  readonly text: string
  /** The normalised form two witnesses are compared on (case, hyphenation, quotes and OCR confusions folded). */
  readonly key: string
  /** For a capitalised word: the name key, so that romanisations of one name meet ("Trotskii", "Trotsky"). */
  readonly name?: string
  readonly span: Span
}

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** Ranges of the text to leave out (page numbers, running headers…). */
  readonly skip?: readonly Span[]
}

/** Markup (`<sup>1</sup>`) or a word: letters and digits joined by apostrophes and hyphens, a hyphen may end a line. */
const WORD_OR_TAG =
  /<\/?[a-zA-Z][^<>]*>|[\p{L}\p{M}\p{N}]+(?:(?:['’‘ʼ]|-[ \t]*\r?\n[ \t]*|[-\u00ad])[\p{L}\p{M}\p{N}]+)*/gu

/**
 * Splits a witness into words with their matching keys. Punctuation and markup are not words, so witnesses that
 * differ only there collate as equal.
 * @example tokenize('de-\npendence, “Trotskii”').map((t) => t.key) // ['dependence', 'trotskii']
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const skip = [...(options.skip ?? [])].sort((a, b) => a.start - b.start)
  const tokens: Token[] = []
  let skipIndex = 0
  for (const match of text.matchAll(WORD_OR_TAG)) {
    const word = match[0]
    if (word.startsWith('<')) continue
    const start = match.index
    while (skipIndex < skip.length && (skip[skipIndex] as Span).end <= start) skipIndex++
    const range = skip[skipIndex]
    if (range !== undefined && range.start <= start) continue
    const name = /^\p{Lu}/u.test(word) && /\p{L}{2}/u.test(word) ? nameKey(word) : ''
    tokens.push({
      text: word,
      key: normalizeWord(word),
      ...(name === '' ? {} : { name }),
      span: { start, end: start + word.length },
    })
  }
  return tokens
}

/**
 * The matching key of a word: NFKC, lower case, no line-break hyphens, soft hyphens or apostrophes, and the
 * letters OCR confuses folded together (rn/m, l/I/1, 0/o inside words).
 * @example normalizeWord('Cornrnittee') // 'committee'
 */
export function normalizeWord(word: string): string {
  let key = word
    .normalize('NFKC')
    .replace(/-[ \t]*\r?\n[ \t]*/g, '')
    .replace(/[\u00ad'’‘ʼ]/g, '')
    .toLowerCase()
  if (/\p{L}/u.test(key)) {
    key = key.replace(/rn/g, 'm').replace(/[l1|]/g, 'i').replace(/0/g, 'o')
  }
  return key
}
