import { nameKey } from './name-key.ts'

/** A person's name split into surname and given parts (full given names, patronymics or initials), as printed. */
export interface PersonName {
  /** The surname as printed; empty when the name has none. */
  readonly surname: string
  /** Given names, patronymics and initials, in order ("Lev", "D."). */
  readonly given: readonly string[]
}

/** Titles and honorifics that are not part of a name. */
const TITLES =
  /^(?:com\.|comrade|tov\.|tovarishch|sir|dr\.|mr\.|mrs\.|ms\.|prof\.|great prince|grand duke|grand duchess|prince|princess|tsar|emperor|empress|baron|general|admiral)\s+/i
const TOKEN = /[\p{L}][\p{L}\p{M}'’ʹ-]*\.?/gu
/** Patronymic endings, Latin and Cyrillic (Davidovich, Ilich, Ilinichna, Давидович). */
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ichna|inichna|ович|евич|овна|евна|ична|инична)$/iu
/** Turkic and Chinese names put the surname first: "Kasumov Mir Bashir Fattakh ogly", "Chiang Kai-shek". */
const SURNAME_FIRST = /^(?:ogly|ogli|kyzy|ugli)$|-\p{Ll}/u
/** "son of", "daughter of": part of a Turkic name, not a given name. */
const TURKIC_PARTICLE = /^(?:ogly|ogli|kyzy|ugli)$/i

/**
 * Splits a person's name into surname and given parts. Handles "Surname, Given" (glossaries and indexes), "Given
 * Surname", "I. O. Surname", "Surname I. O.", Russian "Surname Given Patronymic", surname-first Turkic and Chinese
 * names, joined initials ("L.D.Trotsky") and titles ("Com.", "Sir"). Parenthesised parts are dropped.
 * @example parsePersonName('L.D.Trotsky') // { surname: 'Trotsky', given: ['L.', 'D.'] }
 */
export function parsePersonName(name: string): PersonName {
  const clean = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const comma = clean.indexOf(',')
  if (comma > 0) {
    return {
      surname: stripTitle(clean.slice(0, comma)).trim(),
      given: tokens(stripTitle(clean.slice(comma + 1))),
    }
  }
  const parts = tokens(stripTitle(clean))
  const [first, ...rest] = parts
  if (first === undefined) return { surname: '', given: [] }
  const last = rest.at(-1)
  if (last === undefined) return { surname: first.replace(/\.$/, ''), given: [] }
  if (rest.some((part) => SURNAME_FIRST.test(part))) return { surname: first, given: rest }
  if (isInitial(last) && !isInitial(first)) return { surname: first, given: rest }
  // "Троцкий Лев Давидович": a patronymic last, after a given name, puts the surname first ("Lev Davidovich
  // Trotsky" has it in the middle; a surname in -ovich alone, "Lazar Kaganovich", proves nothing).
  if (parts.length >= 3 && PATRONYMIC.test(last) && !PATRONYMIC.test(rest[0] ?? '')) {
    return { surname: first, given: rest }
  }
  return { surname: last, given: parts.slice(0, -1) }
}

/**
 * The name key of a person's surname.
 * @example surnameKey('Trotskii, L. D.') === surnameKey('Лев Троцкий') // 'trotski'
 */
export function surnameKey(name: string): string {
  return nameKey(parsePersonName(name).surname)
}

/**
 * The keyed initial of each given part: initials as printed are keyed whole ("Ya." → "ia", "Kh." → "ch"); full names
 * give their first letter, or the digraph that Russian initials keep (Yakov → "ia", Christian → "ch").
 * @example givenInitials(['Jan', 'E.']) // ['ia', 'e']
 */
export function givenInitials(given: readonly string[]): string[] {
  return given
    .filter((part) => !TURKIC_PARTICLE.test(part))
    .map((part) => {
      const key = nameKey(part).replace(/ /g, '')
      if (isInitial(part)) return key
      return /^(?:ia|iu|ch|sh|ts)/.exec(key)?.[0] ?? key.slice(0, 1)
    })
    .filter((initial) => initial !== '')
}

/**
 * The keyed given names for telling people apart: written-out names keep all their letters, so that a name is
 * compatible only with the initials it begins with ("Emmanuil" fits "E." and "Ye." but not "Er.", another Kviring).
 * Compare with {@link initialsCompatible}; ids use {@link givenInitials}.
 * @example givenKeys(['Emmanuil']) // ['emanuil']
 */
export function givenKeys(given: readonly string[]): string[] {
  return given
    .filter((part) => !TURKIC_PARTICLE.test(part))
    .map((part) => nameKey(part).replace(/ /g, ''))
    .filter((key) => key !== '')
}

/**
 * Whether two lists of keyed initials can belong to one person: at each position one is a prefix of the other
 * ("e" and "er" may both be Emmanuil); a missing position agrees with anything.
 * @example initialsCompatible(['l', 'd'], ['l']) // true
 */
export function initialsCompatible(a: readonly string[], b: readonly string[]): boolean {
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index++) {
    const x = a[index] ?? ''
    const y = b[index] ?? ''
    if (!x.startsWith(y) && !y.startsWith(x)) return false
  }
  return true
}

/**
 * A readable slug for the ids of bodies, places and events: lower-case ASCII words joined by hyphens (their
 * spellings meet through variants, not through the id).
 * @example entitySlug('Central Committee') // 'central-committee'
 */
export function entitySlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʹ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The slug of a name's key, the same for every spelling and script (Trotskii, Trotsky, Троцкий → "trotski"). */
function keySlug(name: string): string {
  return nameKey(name).replace(/ /g, '-')
}

/**
 * The deterministic id of a person: `person:` + surname slug + one slug per given part, at most three
 * (docs/decisions/0005). The same person printed in another source or script gets the same id.
 * @example personId('Trotskii, L. D.') === personId('Trotsky, Lev Davidovich') // 'person:trotski-l-d'
 */
export function personId(name: string): string {
  const parsed = parsePersonName(name)
  const surname = keySlug(parsed.surname)
  const initials = givenInitials(parsed.given).slice(0, 3)
  const slug = surname === '' ? keySlug(parsed.given.join(' ')) : [surname, ...initials].join('-')
  return `person:${slug === '' ? 'unnamed' : slug}`
}

/** Whether a given part is an initial: "L.", "Ya.", "Kh.", or a lone capital. */
export function isInitial(part: string): boolean {
  return /^\p{L}{1,3}\.$/u.test(part) || /^\p{Lu}$/u.test(part)
}

function tokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).filter((token) => !/^(?:sir|com\.|comrade)$/i.test(token))
}

function stripTitle(text: string): string {
  let current = text.trim()
  for (let previous = ''; previous !== current; ) {
    previous = current
    current = current.replace(TITLES, '')
  }
  return current
}
