import type { NameUnit } from './name-units.ts'
import type { PersonLexicon } from './person-lexicon.ts'
import { isDerivedWord, isStopWord, needsContext } from './stop-words.ts'

/** How a word was found to be a known name. */
export interface SurnameMatch {
  readonly rule: string
  readonly confidence: number
}

/** Russian case endings, longest first (Cyrillic and the common romanisation). */
const CYRILLIC_ENDINGS = ['ого', 'ому', 'ыми', 'ым', 'ом', 'ой', 'им', 'а', 'у', 'е', 'ы']
const LATIN_ENDINGS = ['ogo', 'omu', 'ym', 'om', 'a', 'u', 'e']
const ADJECTIVAL = /sk(?:ogo|omu|im|om|oi|aia|aya|uiu|uyu)$/

/**
 * Whether a word is a known single-word name, as written or in a derived form: "Trotsky", "Lenins" (figurative
 * plural), "Кирова" and "Lenina" (Russian cases; Latin ones other than -sky forms and women's -a only after initials
 * or a given name), "Tomsy" (one edit away from a known name of six letters or more).
 * @example lookupSurname(unit('Ежова'), lexicon, false)?.rule // 'inflected'
 */
export function lookupSurname(
  unit: NameUnit,
  lexicon: PersonLexicon,
  context: boolean,
): SurnameMatch | undefined {
  const known = (word: string): boolean => lexicon.single.has(lexicon.key(word))
  if (lexicon.single.has(unit.key)) {
    if (needsContext(unit.text) && !context) return undefined
    return { rule: 'lexicon', confidence: 0.95 }
  }
  if (isDerivedWord(unit.text) || isStopWord(unit.text)) return undefined
  const text = unit.text
  if (/\p{Script=Cyrillic}$/u.test(text)) {
    const ending = CYRILLIC_ENDINGS.find((e) => text.endsWith(e) && known(text.slice(0, -e.length)))
    const feminine = text.endsWith('ая') && known(`${text.slice(0, -2)}ий`)
    if (ending !== undefined || feminine) return { rule: 'inflected', confidence: 0.85 }
    return undefined
  }
  if (text.length >= 5 && /(?:es|s)$/.test(text) && !/ss$/.test(text)) {
    const base = text.endsWith('es') && known(text.slice(0, -2)) ? text.slice(0, -2) : text.slice(0, -1)
    if (base.length >= 4 && known(base)) return { rule: 'plural', confidence: 0.85 }
  }
  if (ADJECTIVAL.test(text)) {
    const stem = text.replace(ADJECTIVAL, 'sk')
    if (known(`${stem}y`) || known(`${stem}ii`)) return { rule: 'inflected', confidence: 0.85 }
  }
  if (text.endsWith('a') && /(?:ov|ev|in|yn)a$/.test(text) && known(text.slice(0, -1))) {
    return { rule: 'feminine', confidence: 0.85 }
  }
  if (context) {
    const ending = LATIN_ENDINGS.find(
      (e) => text.endsWith(e) && text.length - e.length >= 4 && known(text.slice(0, -e.length)),
    )
    if (ending !== undefined) return { rule: 'inflected', confidence: 0.8 }
  }
  return fuzzy(unit, lexicon)
}

function fuzzy(unit: NameUnit, lexicon: PersonLexicon): SurnameMatch | undefined {
  const word = unit.text.toLowerCase()
  if (word.length < 6 || !/^[a-z-]+$/.test(word) || !/^\p{Lu}\p{Ll}/u.test(unit.text)) return undefined
  if (lexicon.given.has(unit.key) || lexicon.otherNames.has(unit.key)) return undefined
  const near = lexicon.fuzzy
    .lookup(word)
    .filter((k) => k[0] === word[0] && !word.startsWith(k) && !k.startsWith(word))
  return near.length > 0 ? { rule: 'misspelt', confidence: 0.7 } : undefined
}
