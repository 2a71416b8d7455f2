import type { EntityType } from '../core/index.ts'
import { isInitial } from '../core/index.ts'

/** What an index heading names, judged by its shape: an entity type, or a topic (not an entity). */
export type HeadingKind = EntityType | 'topic'

/**
 * Countries and regions that follow a place in an index heading ("Baku, Azerbaijan", "Harbin, China"): general
 * geography, so that "City, Country" is not read as "Surname, Given name".
 */
const PLACE_QUALIFIERS = new Set([
  'afghanistan',
  'armenia',
  'azerbaijan',
  'azerbaidzhan',
  'belorussia',
  'britain',
  'caucasus',
  'china',
  'england',
  'france',
  'georgia',
  'germany',
  'iran',
  'italy',
  'japan',
  'latvia',
  'manchuria',
  'mongolia',
  'persia',
  'poland',
  'russia',
  'siberia',
  'turkey',
  'ukraine',
  'ussr',
  'usa',
  'uzbekistan',
])

/** Whether a word is a country or region that qualifies a place ("China" in "Harbin, China"). */
export function isPlaceQualifier(word: string): boolean {
  return PLACE_QUALIFIERS.has(word.toLowerCase())
}

/** Words that make a heading a party or state body. */
const BODY_WORDS =
  /\b(?:committee|commission|council|bureau|politburo|orgburo|secretariat|commissariat|party|international|comintern|profintern|gosplan|gosbank|department|administration|inspection|army|agency|procuracy|court|soviet|cheka|gpu|ogpu|nkvd|rabkrin|union|association|organization)\b/i
/** Words that make a heading an event. */
const EVENT_WORDS =
  /\b(?:affair|congress|conference|plenum|trial|execution|uprising|revolution|strike|war|purge)\b/i
/** A given-name part: initials and capitalised names, at most four ("L. D.", "Josef", "Great Prince Mikhail"). */
const GIVEN = /^(?:\p{Lu}[\p{L}'’-]*\.?\s*){1,4}$/u
/** A surname: capitalised, may be hyphenated or have an apostrophe ("Ts'ai", "Ter-Vaganian", "MacDonald"). */
const SURNAME = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?$/u

/**
 * Classifies an index heading by its shape. "Surname, Initials" and "Surname, Given" are people (unless the part
 * after the comma is a country: a place); no-comma Chinese names with a hyphenated lower-case syllable ("Sun
 * Yat-sen") are people; body and event vocabulary marks bodies and events; the rest are topics. The caller also
 * treats a heading as a person when its name matches a glossary person.
 * @example classifyHeading('Kamenev, L. B.') // 'person'
 */
export function classifyHeading(heading: string): HeadingKind {
  const text = heading.replace(/\s*\([^)]*\)\s*/g, ' ').trim()
  const comma = text.indexOf(',')
  if (comma > 0) {
    const before = text.slice(0, comma).trim()
    const after = text.slice(comma + 1).trim()
    if (PLACE_QUALIFIERS.has(after.toLowerCase()))
      return /^(?:\p{Lu}[\p{L}-]*\s?)+$/u.test(before) ? 'place' : 'topic'
    if (SURNAME.test(before) && GIVEN.test(after) && !BODY_WORDS.test(text)) return 'person'
    if (after.split(/\s+/).every(isInitial)) return 'person'
    if (/^\p{Ll}/u.test(after)) return 'topic'
  } else if (/^\p{Lu}\S*\s+\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(text)) {
    return 'person'
  }
  if (!/^\p{L}/u.test(text)) return 'topic'
  // "Leadership struggle within Politburo": the body is the object of a preposition, the heading a topic.
  if (/^\p{Ll}/u.test(text) || /\b(?:in|within|to|with|by|against|on|from)\s+\p{Lu}/u.test(text))
    return 'topic'
  if (EVENT_WORDS.test(text)) return 'event'
  if (BODY_WORDS.test(text)) return 'body'
  return 'topic'
}
