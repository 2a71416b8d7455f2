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
  return markAbbreviations(text, tokens)
}

/** Letters of dotted abbreviations that look like initials but never begin a name: P.S., P.P.S., N.B., U.S., i.e. */
const DOTTED_ABBREVIATIONS = new Set([
  'ps',
  'pps',
  'nb',
  'us',
  'uk',
  'ie',
  'eg',
  'am',
  'pm',
  'ad',
  'bc',
  'ussr',
])

/** Turns runs of initials written together ("P.S.") that spell an abbreviation into plain words. */
function markAbbreviations(text: string, tokens: NameToken[]): NameToken[] {
  for (let i = 0; i < tokens.length; i++) {
    let j = i
    while (
      j + 1 < tokens.length &&
      tokens[j]?.kind === 'initial' &&
      tokens[j + 1]?.kind === 'initial' &&
      tokens[j + 1]?.start === tokens[j]?.end
    )
      j++
    if (j === i || tokens[i]?.kind !== 'initial') continue
    const letters = text
      .slice(tokens[i]?.start, tokens[j]?.end)
      .replace(/[^\p{L}]/gu, '')
      .toLowerCase()
    if (DOTTED_ABBREVIATIONS.has(letters)) {
      for (let k = i; k <= j; k++)
        tokens[k] = { ...(tokens[k] as NameToken), kind: 'word', capitalised: false }
    }
    i = j
  }
  return tokens
}
