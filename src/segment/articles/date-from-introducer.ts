import type { DocumentDate } from '../../core/index.ts'
import { lastSentence } from './paragraph-cues.ts'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const DATE = new RegExp(
  `(?<on>\\b[Oo]n\\s+)?\\b(?<day>\\d{1,2})\\s+(?<month>${MONTHS.join('|')})(?:,?\\s+(?<year>\\d{4}))?\\b`,
  'g',
)
const YEAR = /(?<![\d,.])\b(1[6-9]\d\d|20\d\d)\b(?!\d|,\d)/g
/** "That day", "The same day": the act happened on the date of the sentence before. */
const SAME_DAY = /^(?:That|The|On the)\s+(?:same\s+)?day\b|^That same day\b/

/**
 * The date the editors give a quoted document in the sentence that introduces it: the date of the act
 * ("On 8 July 1929, the Politburo passed …", "… to Menzhinskii on 9 August:"), skipping dates inside
 * quotation marks and dates of other items ("letter … of 9 August (letter 40)"). "That day" (or a
 * sentence going on with "He …") takes the date of the sentence before. A date only in an earlier sentence is a lower bound ('no_earlier_than').
 * A missing year comes from the nearest year written before, in the paragraph or in `before`.
 * @example dateFromIntroducer('On 8 July 1929, the Politburo passed the following resolution:', 0, '', 'r')?.iso // '1929-07-08'
 */
export function dateFromIntroducer(
  plain: string,
  offset: number,
  before: string,
  rule: string,
): DocumentDate | undefined {
  const sentence = lastSentence(plain)
  const sentenceAt = plain.lastIndexOf(sentence)
  const own = pickDate(plain, sentenceAt, plain.length)
  if (own !== undefined) return toDate(own, plain, offset, before, rule, 'exact')
  const earlier = pickDate(plain, 0, sentenceAt)
  if (earlier === undefined) return undefined
  const sameDay = SAME_DAY.test(sentence) || /^(?:He|She|They|It)\s/.test(sentence)
  return toDate(earlier, plain, offset, before, rule, sameDay ? 'exact' : 'no_earlier_than')
}

function pickDate(plain: string, from: number, to: number): RegExpExecArray | undefined {
  const candidates: RegExpExecArray[] = []
  for (const match of plain.matchAll(DATE)) {
    const at = match.index ?? 0
    if (at < from || at + match[0].length > to) continue
    if (insideQuotes(plain.slice(sentenceStart(plain, at), at))) continue
    if (/^\s*\((?:letters?|no\.)\s*\d/i.test(plain.slice(at + match[0].length))) continue
    candidates.push(match as RegExpExecArray)
  }
  return candidates.filter((m) => m.groups?.on !== undefined).at(-1) ?? candidates.at(-1)
}

function toDate(
  match: RegExpExecArray,
  plain: string,
  offset: number,
  before: string,
  rule: string,
  qualifier: 'exact' | 'no_earlier_than',
): DocumentDate | undefined {
  const groups = match.groups ?? {}
  const at = (match.index ?? 0) + (groups.on?.length ?? 0)
  const printed = match[0].slice(groups.on?.length ?? 0)
  const year = groups.year ?? lastYear(plain.slice(0, at)) ?? lastYear(before)
  if (year === undefined) return undefined
  const month = String(MONTHS.indexOf(groups.month ?? '') + 1).padStart(2, '0')
  const iso = `${year}-${month}-${String(groups.day).padStart(2, '0')}`
  const fullRule = `${rule}${groups.year === undefined ? ':year-from-context' : ''}`
  const span = { start: offset + at, end: offset + at + printed.length }
  return qualifier === 'exact'
    ? { text: printed, span, iso, qualifier, rule: fullRule }
    : { text: printed, span, qualifier, bound: iso, rule: fullRule }
}

/**
 * The year written most often in a text (ties: the later mention), for dates printed without a year.
 * @example commonYear('In 1929 … 1919 … 1929') // '1929'
 */
export function commonYear(text: string): string | undefined {
  const counts = new Map<string, number>()
  for (const match of text.matchAll(YEAR)) counts.set(match[1] ?? '', (counts.get(match[1] ?? '') ?? 0) + 1)
  let best: string | undefined
  for (const [year, count] of counts) if (best === undefined || count >= (counts.get(best) ?? 0)) best = year
  return best
}

function lastYear(text: string): string | undefined {
  const years = [...text.matchAll(YEAR)]
  return years.at(-1)?.[1]
}

/** Where the sentence holding `at` starts (sentences as `lastSentence` cuts them). */
function sentenceStart(plain: string, at: number): number {
  let rest = plain
  while (rest.length > 0) {
    const from = rest.length - lastSentence(rest).length
    if (from <= at || from === 0) return from
    rest = rest.slice(0, from).trimEnd()
  }
  return 0
}

function insideQuotes(head: string): boolean {
  const straight = (head.match(/"/g) ?? []).length
  const open = (head.match(/“/g) ?? []).length - (head.match(/”/g) ?? []).length
  return straight % 2 === 1 || open > 0
}
