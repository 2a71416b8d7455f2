import { isDateLine } from './parse-document-date.ts'
import { NUMERIC_DATE } from './parse-numeric-date.ts'

/** A paragraph of the normalised text: its raw slice, and the slice without note markers. */
export interface Paragraph {
  readonly start: number
  readonly end: number
  readonly text: string
  /** The text without note markers (`<sup>3</sup>`, `^[3]`) and outer white space. */
  readonly plain: string
}

/** Note markers as the normalised text keeps them. */
export const NOTE_MARKER = /\s*(?:<sup>[^<]*<\/sup>|\^\[\d+\])/g

/** Nouns that name a kind of primary document (what the editors say they quote). */
export const GENRE =
  /\b(?:letters?|notes?|memo(?:randum)?|statements?|resolutions?|decisions?|repl(?:y|ies)|answer|inquiry|reprimand|telegrams?|declarations?|appeal|documents?|text|communication|directives?|circular|protocol|report|remedies)\b/i
/** Verbs that report a quoted text ("he wrote:", "the Politburo resolved:"). */
const REPORTING = /\b(?:wrote|writes|replied|answered|resolved|decreed|declared|stated|reads|proposed)\b/i
/** A reference to an item of the edition itself ("(letter 53)"): the quote is of a document already there. */
const EDITION_ITEM = /\b(?:letters?|documents?|items?|no\.)\s+\d+\b/i

/**
 * Makes a paragraph record for `text.slice(start, end)`.
 * @example toParagraph('a<sup>1</sup>', 0, 13).plain // 'a'
 */
export function toParagraph(text: string, start: number, end: number): Paragraph {
  const slice = text.slice(start, end)
  return { start, end, text: slice, plain: slice.replace(NOTE_MARKER, '').trim() }
}

/** The last sentence of a paragraph (after the last full stop followed by a space and a capital). */
export function lastSentence(plain: string): string {
  const parts = plain.split(
    /(?<![\s.(]\p{Lu}\p{Ll}?\.|\b(?:Com|Coms|Mr|Mrs|Dr|St|No|vol|cf|Ibid)\.)(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u,
  )
  return parts.at(-1) ?? plain
}

/**
 * Whether a paragraph introduces a quoted document: its last sentence ends with a colon and names a
 * genre ("Here is the text of the letter:") or reports speech ("he wrote to the Politburo:"), or it
 * announces "the following resolution" whatever its end. A sentence that cites an item of the edition
 * by number ("(letter 53):") quotes a document the edition already has, and does not count.
 * @example isIntroducer('On 8 July 1929, the Politburo passed the following resolution:') // true
 */
export function isIntroducer(plain: string): boolean {
  const sentence = lastSentence(plain)
  if (EDITION_ITEM.test(sentence.slice(-30))) return false
  const announced = new RegExp(`\\bthe following\\s+(?:\\w+\\s+)?${GENRE.source}`, 'i').exec(sentence)
  if (announced !== null && !/:\s*\S/.test(sentence.slice(announced.index))) return true
  if (!/:\s*$/.test(sentence)) return false
  return GENRE.test(sentence) || REPORTING.test(sentence)
}

/**
 * Whether a paragraph says a body passed a resolution ("… and passed a general resolution.") and the next
 * paragraph opens its lettered or numbered points ("a) To send …", "1. The Politburo states …").
 * @example announcesPoints('The Politburo passed a resolution.', 'a) To send the material.') // true
 */
export function announcesPoints(plain: string, next: string): boolean {
  const sentence = lastSentence(plain)
  const passed = new RegExp(`\\b(?:passed|adopted|approved|issued|resolved)\\b[^.]{0,40}${GENRE.source}`, 'i')
  return passed.test(sentence) && /^(?:[a-z]\)|\d{1,2}[.)])\s/.test(next)
}

/**
 * Whether a paragraph is a salutation on its own: "Dear Friend,", "Dear Comrades,", "Com. Menzhinskii,".
 * @example isSalutation('Dear Friend,') // true
 */
export function isSalutation(plain: string): boolean {
  if (plain.length > 70 || plain.includes('\n')) return false
  return (
    /^(?:(?:My\s+)?Dear\b|(?:Com\.|Comrades?|Coms\.)\s+\p{Lu})[^.]{0,60}[,!:]$/u.test(plain) ||
    /^(?:My\s+)?Dear\s+(?:Com\.\s+)?[^.]{1,60}\.$/u.test(plain)
  )
}

/**
 * Whether a short paragraph is an address: "To the secretary of the Central Committee of the party:".
 * @example isAddress('To the members and candidate members of the Central Committee of the party.') // true
 */
export function isAddress(plain: string): boolean {
  if (plain.split(/\s+/).length > 25) return false
  return /^To\s+(?:the|all|members|Com\.|Comrades?|\p{Lu}\.)\s[^:]*[.:]$/u.test(plain)
}

/**
 * Whether a paragraph is only a date, a place and date, or a numeric date ("Moscow, 19 May 1925.",
 * "10/1/1926", "6/12"), possibly with a note marker.
 * @example isDateParagraph('Moscow, 8 June 1929') // true
 */
export function isDateParagraph(plain: string): boolean {
  if (plain.length > 40) return false
  const bare = plain.replace(/^\p{Lu}[\p{L}-]+,\s+/u, '')
  if (isDateLine(bare)) return true
  return new RegExp(`^${NUMERIC_DATE.source}\\.?$`).test(bare)
}

/**
 * Whether a paragraph is a place alone ("Moscow."), which opens a document when a date follows.
 * @example isPlaceParagraph('Moscow.') // true
 */
export function isPlaceParagraph(plain: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\.$/u.test(plain)
}

/** Pronouns and demonstratives the editors use to resume after a quote ("This statement from Com. X…"). */
const RESUMPTION = new RegExp(`^(?:This|These|That|The above)\\s+(?:\\w+\\s+)?${GENRE.source}`, 'i')

/** The editors speaking of the quote they just gave ("… add anything to this excerpt"). */
const MENTION = /\b(?:this|these|the above)\s+(?:\w+\s+)?(?:excerpts?|quotations?|passages?)\b/i

/**
 * Whether a paragraph is the editors' text again: it speaks of the quoted document ("This statement from
 * …") or tells what one of the people named in the introduction did ("In addition, Piatakov proposed").
 * @example isResumption('This resolution was later confirmed.', []) // true
 */
export function isResumption(plain: string, names: readonly string[]): boolean {
  if (RESUMPTION.test(plain) || MENTION.test(lastSentence(plain.split(/(?<=[.!?])\s/)[0] ?? ''))) return true
  return names.some((name) =>
    new RegExp(
      `^(?:[^,.]{0,40},\\s)?(?:Com\\.\\s)?${escapeRegExp(name)}(?:\\s+\\w+ly)?\\s+(?:\\w+ed|wrote|sent|tried|made|gave|took|went|began)\\b`,
    ).test(plain),
  )
}

/**
 * Surnames named in a paragraph (capitalised words that are not sentence starts or common nouns of
 * the genre), used to see when the editors speak of them again.
 * @example namesIn('On 19 July 1930, G. L. Piatakov sent Stalin a memo') // ['Piatakov', 'Stalin']
 */
export function namesIn(plain: string): string[] {
  const names = new Set<string>()
  for (const match of plain.matchAll(/(?<=[\p{L},;)]\s|\.\s\p{Lu}\.\s)(\p{Lu}\p{Ll}{3,})\b/gu)) {
    const word = match[1] ?? ''
    if (
      !GENRE.test(word) &&
      !/^(?:January|February|March|April|June|July|August|September|October|November|December|Central|Committee|Party|Communist|Politburo|Congress|Commission|Council)$/.test(
        word,
      )
    )
      names.add(word)
  }
  return [...names]
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
