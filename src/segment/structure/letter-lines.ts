import { hasAuthorDate } from './parse-author-date.ts'

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const NAME_TOKEN = "(?:(?:[A-Z]\\.?\\s?){1,3}\\s?)?[A-Z][\\p{Ll}’'-]+"
/** A signature as printed: "J. Stalin", "Yours, J Stalin", "Molotov. Bukharin.", "[V. Molotov]". */
const SIGNATURE = new RegExp(
  `^(?<lead>(?:Yours|Your|Ever yours|Yours truly|Yours sincerely),\\s+)?(?<open>\\[)?(?<name>${NAME_TOKEN}\\.?(?:\\s+${NAME_TOKEN}\\.?)?)(?<close>\\])?$`,
  'u',
)
/** Words that stand alone on a line but are no signature. */
const NOT_NAMES = new RegExp(
  `^(?:${WEEKDAY}|January|February|March|April|May|June|July|August|September|October|November|December|Regards|Greetings|Yours|Thanks|Reviewed|Agreed|Correct|Continued|Moscow|Central Committee|Decipher Immediately|Comrade|P\\.?S)\\b`,
)

/** Where the name stands inside a signature line, relative to the line start. */
export interface SignatureMatch {
  readonly offset: number
  readonly name: string
}

/**
 * Finds the signature in a line stripped of trailing note markers and emphasis (`J. Stalin<sup>1</sup>`
 * must be passed as `J. Stalin`); undefined when the line is not a signature.
 * @example findSignature('Yours, J. Stalin') // { offset: 7, name: 'J. Stalin' }
 */
export function findSignature(line: string): SignatureMatch | undefined {
  if (line.length > 40) return undefined
  const m = SIGNATURE.exec(line)
  const groups = m?.groups
  if (groups === undefined) return undefined
  const name = groups.name as string
  if (NOT_NAMES.test(name) || (groups.open === undefined) !== (groups.close === undefined)) return undefined
  // Two capitalised words without initials or periods read as a phrase ("Decipher Immediately") more often
  // than as a signature; two names signing together print periods ("Molotov. Bukharin.").
  if (/^[A-Z][\p{Ll}’'-]+\s+[A-Z][\p{Ll}’'-]+$/u.test(name)) return undefined
  return { offset: (groups.lead?.length ?? 0) + (groups.open?.length ?? 0), name }
}

/** A closing formula before a signature ("Regards,", "Well, all the best,", "Bye for now."). */
export function isClosing(line: string): boolean {
  return line.length <= 40 && /[,.!]$/.test(line) && !/^\d/.test(line) && line.split(/\s+/).length <= 6
}

/** A postscript ("P.S. …", "P.P.S. …", "PS: …"). */
export function isPostscript(line: string): boolean {
  return /^(?:P\.\s?)+S\.?|^PS\b/.test(line)
}

/** A numbered paragraph ("1. …"), as notes and some numbered points are printed. */
export function isNumberedParagraph(line: string): boolean {
  return /^\d+\.\s/.test(line)
}

/**
 * A short line that dates (and may place) a letter: "7/20/25", "Sochi 7/28/25", "3 June, 9:00 P.M.",
 * "Sent June 3", "Monday. Sochi.".
 * @example isDateLine('Deciphered and sent on 4 June, 11:00 A.M.') // true
 */
export function isDateLine(line: string): boolean {
  if (line.length > 60 || line.split(/\s+/).length > 9) return false
  if (new RegExp(`^${WEEKDAY}\\.?,?\\s+[A-Z][a-z]+\\.?$`).test(line)) return true
  return hasAuthorDate(line) && !/[;?]/.test(line) && !/^\d+[.)]\s+[A-Za-z]/.test(line) && fewOtherWords(line)
}

/** Words a date line may hold besides the date: routing ("Sent from Moscow"), places, weekdays, times. */
const DATE_LINE_WORDS =
  /^(?:sent|from|received|and|deciphered|on|at|the|in|written|dated|morning|evening|night)$/i

/** Whether the words of a line apart from its date are few and not a sentence ("I received your letter of 12 September"). */
function fewOtherWords(line: string): boolean {
  const words = line
    .replace(/\b\d{1,2}[/:.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d+\b|\b[AP]\.M\.|[(),./]/g, ' ')
    .replace(
      new RegExp(
        `\\b(?:${WEEKDAY.slice(3, -1)}|January|February|March|April|May|June|July|August|September|October|November|December)\\b`,
        'g',
      ),
      ' ',
    )
    .split(/\s+/)
    .filter((w) => w.length > 0)
  return words.length <= 4 && words.every((w) => DATE_LINE_WORDS.test(w) || /^[A-Z][a-z]+$/.test(w))
}

/** A date line's parts: the date as written and, when the line names one, the place of writing. */
export interface DateLineParts {
  readonly dateOffset: number
  readonly date: string
  readonly place?: { readonly offset: number; readonly text: string }
}

/**
 * Splits a header or sign-off date line into its date and its place: "Rostov 7/12" → 7/12 at Rostov;
 * "Sent from Moscow, 3 June 1926" keeps the whole line as the date and places it in Moscow;
 * "Monday. Sochi." is a weekday and a place.
 * @example splitDateLine('Sochi, 6/25/26') // { dateOffset: 7, date: '6/25/26', place: { offset: 0, text: 'Sochi' } }
 */
export function splitDateLine(line: string): DateLineParts {
  const placeFirst =
    /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),?\s+(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:\s*\(\w+\))?)$/.exec(line)
  if (placeFirst !== null) {
    const date = placeFirst[2] as string
    return {
      dateOffset: line.length - date.length,
      date,
      place: { offset: 0, text: placeFirst[1] as string },
    }
  }
  const weekdayPlace = new RegExp(`^${WEEKDAY}\\.?,?\\s+([A-Z][a-z]+)\\.?$`).exec(line)
  if (weekdayPlace !== null) {
    const text = weekdayPlace[1] as string
    return { dateOffset: 0, date: line, place: { offset: line.lastIndexOf(text), text } }
  }
  const from = /\bfrom\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b/.exec(line)
  if (from !== null && hasAuthorDate(line)) {
    const text = from[1] as string
    return { dateOffset: 0, date: line, place: { offset: from.index + from[0].length - text.length, text } }
  }
  return { dateOffset: 0, date: line }
}

/** A paragraph that opens with a place name on its own ("**Sochi.** I am getting better"). */
export function findLeadingPlace(line: string): { offset: number; text: string } | undefined {
  const m = /^(\*\*)?([A-Z][a-z]{2,})\.(\*\*)?(?:\s|$)/.exec(line)
  if (m === null || (m[1] === undefined) !== (m[3] === undefined)) return undefined
  if (new RegExp(`^${WEEKDAY}$`).test(m[2] as string)) return undefined
  // Unmarked, only a line that is nothing but the word counts: "Yesterday. We met" is a sentence.
  if (m[1] === undefined && line.trim() !== `${m[2]}.`) return undefined
  return { offset: (m[1] ?? '').length, text: m[2] as string }
}
