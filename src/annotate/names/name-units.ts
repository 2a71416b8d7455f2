import type { PersonLexicon } from './person-lexicon.ts'
import type { NameToken } from './tokenize.ts'

/** One word or initial of a run of name-like tokens, with what the lexicon knows of it. */
export interface NameUnit {
  readonly start: number
  /** End without a possessive ending ("Trotsky’s" → end of "Trotsky"). */
  readonly end: number
  readonly text: string
  readonly key: string
  readonly initial: boolean
  readonly capitalised: boolean
}

const POSSESSIVE = /['’]s$/

/**
 * Turns a token into name units: strips a possessive ending, repairs an OCR "l" for "I" at the start of a word
 * ("losif"), and splits hyphenated compounds unless the whole is a name ("Ter-Vaganian") or the hyphen is a
 * line-break residue inside a known name ("Kame-nev").
 */
export function toUnits(token: NameToken, lexicon: PersonLexicon): NameUnit[] {
  const possessive = token.kind === 'word' && POSSESSIVE.test(token.text)
  const text = possessive ? token.text.slice(0, -2) : token.text
  const unit = (start: number, value: string, key = lexicon.key(value)): NameUnit => ({
    start,
    end: start + value.length,
    text: value,
    key,
    initial: token.kind === 'initial',
    capitalised: /^\p{Lu}/u.test(value),
  })
  if (token.kind === 'word' && /^l\p{Ll}/u.test(text) && isKnown(`I${text.slice(1)}`, lexicon)) {
    return [{ ...unit(token.start, text, lexicon.key(`I${text.slice(1)}`)), capitalised: true }]
  }
  if (!text.includes('-') || isKnown(text, lexicon)) return [unit(token.start, text)]
  const joined = text.replaceAll('-', '')
  if (lexicon.single.has(lexicon.key(joined))) return [unit(token.start, text, lexicon.key(joined))]
  const units: NameUnit[] = []
  let offset = token.start
  for (const part of text.split('-')) {
    units.push(unit(offset, part))
    offset += part.length + 1
  }
  return units
}

function isKnown(word: string, lexicon: PersonLexicon): boolean {
  const key = lexicon.key(word)
  return lexicon.single.has(key) || lexicon.given.has(key) || lexicon.phrases.has(key)
}
