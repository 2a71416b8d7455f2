/** A word or an initial of a text, with its offsets. */
export interface NameToken {
  readonly start: number
  readonly end: number
  readonly text: string
  /** 'initial' for "V.", "Ya.", "Ch." (a capital, an optional second letter of a digraph, a full stop). */
  readonly kind: 'word' | 'initial'
  /** First letter is upper case. */
  readonly capitalised: boolean
}

// A word: letters, with apostrophes (soft signs: Zinov’ev) and hyphens (Ter-Vaganian) between letters.
// An initial: one capital, an optional lower-case letter of a transliteration digraph, and a full stop.
const TOKEN = /(\p{Lu}(?:[ahue])?\.)|[\p{L}\p{M}]+(?:['’ʹ-][\p{L}\p{M}]+)*/gu

/** Words that look like initials but are abbreviations: "No." (number). */
const NOT_INITIALS = new Set(['No.'])

/**
 * Splits a text into words and initials; everything else (spaces, punctuation, digits) lies between tokens.
 * @example tokenize('L.D.Trotsky’s').map((t) => t.text) // ['L.', 'D.', 'Trotsky’s']
 */
export function tokenize(text: string): NameToken[] {
  const tokens: NameToken[] = []
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0]
    const start = match.index
    const initial = match[1] !== undefined && !NOT_INITIALS.has(value)
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      kind: initial ? 'initial' : 'word',
      capitalised: /^\p{Lu}/u.test(value),
    })
  }
  return tokens
}
