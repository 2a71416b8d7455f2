import type { FactDate } from '../../core/index.ts'
import { monthNumber } from '../../core/index.ts'

/** A period as printed: a start, an end, or both. */
export interface Period {
  readonly start?: FactDate
  readonly end?: FactDate
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
const QUALIFIER = '(?:(?:the )?(?:beginning|end|middle) of|early|late|mid-|spring|summer|autumn|fall|winter)'
/** One point: "1924", "June 1929", "30 December 1926", "early 1930", "the end of 1921", "the 1920s", "June". */
const POINT = `(?:(?:\\d{1,2} )?${MONTH}(?: \\d{4})?|(?:${QUALIFIER} ?)?(?:the )?\\d{4}s?)`
/** The end of a range after a dash: "27", "1927", "?", "September 1930". */
const RANGE_END = `(?:${MONTH} \\d{4}|\\d{4}|\\d{2}|\\?)`
const DASH = '\\s?[–—-]\\s?'

/** One period, with an optional lead word ("from 1929", "prior to 1917", "until 1925", "in 1924", "on 30 May 1926"). */
const PERIOD = `(?:(?:from|since|prior to|until|before|in|on) )?${POINT}(?:${DASH}${RANGE_END}| to (?:${POINT}))?`

/** A list of periods: "1924–25 and 1928–39", "1920–23, 1925–26", "1924 and 1929–31". */
const PERIOD_LIST = new RegExp(`^${PERIOD}(?:(?:, | and )${PERIOD})*$`)
const PERIOD_ONE = new RegExp(PERIOD, 'g')

/**
 * Reads a printed period list ("1922–27", "June to September 1929", "prior to 1917", "1924–25 and 1928–39") into
 * periods whose dates keep the printed text and add an ISO value completed from the other end where the print
 * leaves it out ("27" after "1922" → 1927; "June" before "September 1929" → 1929-06). Returns undefined when the
 * text is not wholly a period.
 * @example readPeriods('1922–27') // [{ start: { text: '1922', iso: '1922' }, end: { text: '27', iso: '1927' } }]
 */
export function readPeriods(text: string): Period[] | undefined {
  const trimmed = text.trim()
  if (!PERIOD_LIST.test(trimmed)) return undefined
  return [...trimmed.matchAll(PERIOD_ONE)].map((match) => readPeriod(match[0]))
}

/** True when the text is wholly a period list (see {@link readPeriods}). */
export function isPeriodText(text: string): boolean {
  return PERIOD_LIST.test(text.trim())
}

function readPeriod(text: string): Period {
  const lead = /^(from|since|prior to|until|before|in|on) /.exec(text)
  const body = lead === null ? text : text.slice(lead[0].length)
  const word = lead?.[1]
  const range = new RegExp(`^(${POINT})(?:${DASH}(${RANGE_END})| to (${POINT}))$`).exec(body)
  if (range !== null) {
    const startText = range[1] ?? ''
    const endText = range[2] ?? range[3] ?? ''
    const end = pointDate(endText, yearOf(startText))
    return { start: pointDate(startText, yearOf(endText)), end }
  }
  const point = pointDate(body)
  if (word === 'prior to' || word === 'until' || word === 'before') return { end: point }
  return { start: point }
}

/** A point as printed, with its ISO value; a 2-digit year is completed from `otherYear`'s century. */
function pointDate(text: string, otherYear?: string): FactDate {
  const iso = pointIso(text, otherYear)
  return iso === undefined ? { text } : { text, iso }
}

function pointIso(text: string, otherYear?: string): string | undefined {
  if (text === '?') return undefined
  if (/^\d{2}$/.test(text)) return otherYear === undefined ? undefined : `${otherYear.slice(0, 2)}${text}`
  const year = yearOf(text) ?? otherYear
  if (year === undefined) return undefined
  if (/\d{4}s/.test(text)) return undefined
  const day = /^(\d{1,2}) /.exec(text)?.[1]
  const monthName = new RegExp(MONTH).exec(text)?.[0]
  const month = monthName === undefined ? undefined : monthNumber(monthName)
  if (month === undefined) return year
  const monthIso = `${year}-${String(month).padStart(2, '0')}`
  return day === undefined ? monthIso : `${monthIso}-${day.padStart(2, '0')}`
}

function yearOf(text: string): string | undefined {
  return /\b(\d{4})\b/.exec(text)?.[1]
}

const LEADING_PERIOD = new RegExp(`^((?:from|since|until|in|prior to|before) ${POINT}),? `, 'i')

/**
 * Splits a leading period off a clause ("From 1925 candidate member of X" → "from 1925" + "candidate member of X";
 * "In the 1920s, deputy chairman of Y" → "in the 1920s" + "deputy chairman of Y").
 * @example splitLeadingPeriod('Until 1925, contributed to Pravda') // { period: 'until 1925', rest: 'contributed to Pravda' }
 */
export function splitLeadingPeriod(clause: string): { period?: string; rest: string; offset: number } {
  const match = LEADING_PERIOD.exec(clause)
  if (match === null) return { rest: clause, offset: 0 }
  const first = match[1] ?? ''
  const period = first.charAt(0).toLowerCase() + first.slice(1)
  return { period, rest: clause.slice(match[0].length), offset: match[0].length }
}

/**
 * Splits a clause into its text and a trailing period ("Secretary of X, 1924–25" → "Secretary of X" + "1924–25";
 * "Chief of Y from 1933" → "Chief of Y" + "from 1933"). Returns the clause unchanged when no period ends it.
 * @example splitTrailingPeriod('Head of Gosbank, 1929–30') // { head: 'Head of Gosbank', period: '1929–30' }
 */
export function splitTrailingPeriod(clause: string): { head: string; period?: string } {
  const comma = findLast(clause, /, /g, (index) => isPeriodText(clause.slice(index + 2)))
  if (comma !== undefined) return { head: clause.slice(0, comma), period: clause.slice(comma + 2) }
  const lead = findLast(clause, / (?=(?:from|since|prior to|until|in|on) )/g, (index) =>
    isPeriodText(clause.slice(index + 1)),
  )
  if (lead !== undefined) return { head: clause.slice(0, lead), period: clause.slice(lead + 1) }
  return { head: clause }
}

/** The first match position (left-most) of `pattern` in `text` that `accept` takes: the longest tail. */
function findLast(text: string, pattern: RegExp, accept: (index: number) => boolean): number | undefined {
  for (const match of text.matchAll(pattern)) if (accept(match.index)) return match.index
  return undefined
}
