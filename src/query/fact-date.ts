import type { FactDate } from '../core/index.ts'
import { monthNumber } from '../core/index.ts'

/** The days a printed date may stand for, both inclusive, as `YYYY-MM-DD`. */
export interface DayRange {
  readonly low: string
  readonly high: string
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The days an ISO date of any precision covers: `1924` → 1924-01-01…1924-12-31, `1929-02` → the whole month.
 * Undefined for anything else.
 * @example isoRange('1929-02') // { low: '1929-02-01', high: '1929-02-28' }
 */
export function isoRange(iso: string): DayRange | undefined {
  const interval = iso.split('/')
  if (interval.length === 2) {
    const [from, to] = interval.map((part) => isoRange(part.trim()))
    return from === undefined || to === undefined ? undefined : { low: from.low, high: to.high }
  }
  const match = ISO_PART.exec(iso.trim())
  if (match === null) return undefined
  const year = Number(match[1])
  if (match[2] === undefined) return { low: `${match[1]}-01-01`, high: `${match[1]}-12-31` }
  const month = Number(match[2])
  if (month < 1 || month > 12) return undefined
  const last = lastDayOfMonth(year, month)
  if (match[3] === undefined)
    return { low: `${match[1]}-${match[2]}-01`, high: `${match[1]}-${match[2]}-${last}` }
  const day = Number(match[3])
  if (day < 1 || day > last) return undefined
  return { low: iso.trim(), high: iso.trim() }
}

/**
 * The days a fact's date covers: its ISO value by precision, else the first date printed in its text
 * ("end of 1923" → 1923, "Later than 1 August 1925" → that day). Undefined when neither gives a date.
 */
export function factDateRange(date: FactDate | undefined): DayRange | undefined {
  if (date === undefined) return undefined
  if (date.iso !== undefined) {
    const range = isoRange(date.iso)
    if (range !== undefined) return range
  }
  return textRange(date.text)
}

/** The most precise date a printed text gives: "1 August 1925", "August 1925" or a bare year. */
function textRange(text: string): DayRange | undefined {
  const match = /(?:\b(\d{1,2})\s+)?(?:\b([A-Za-z]{3,})\.?\s+)?\b(1[0-9]{3}|20[0-9]{2})\b/.exec(text)
  if (match === null) return undefined
  const year = match[3] as string
  const month = match[2] === undefined ? undefined : monthNumber(match[2])
  if (month === undefined) return isoRange(year)
  const day = match[1] === undefined ? undefined : Number(match[1])
  const iso = `${year}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`
  return isoRange(iso) ?? isoRange(`${year}-${pad(month)}`)
}

/** "prior to 1917", "before 1917": the bound excludes the date printed. */
const EXCLUSIVE_BEFORE = /^\s*(?:prior to|before|earlier than)\b/i
/** "after 1917": the bound excludes the date printed. */
const EXCLUSIVE_AFTER = /^\s*(?:after|later than)\b/i
/** "from 1919", "since 1919": a start that the text states as ongoing. */
const ONGOING = /^\s*(?:from|since)\b/i

/** The first day a period may have begun, from its start date ("after 1917" → 1918-01-01). */
export function startDay(date: FactDate | undefined): string | undefined {
  const range = factDateRange(date)
  if (range === undefined || date === undefined) return undefined
  return EXCLUSIVE_AFTER.test(date.text) ? addDays(range.high, 1) : range.low
}

/** The last day a period may have lasted, from its end date ("1929" → 1929-12-31; "prior to 1917" → 1916-12-31). */
export function endDay(date: FactDate | undefined): string | undefined {
  const range = factDateRange(date)
  if (range === undefined || date === undefined) return undefined
  return EXCLUSIVE_BEFORE.test(date.text) ? addDays(range.low, -1) : range.high
}

/** Whether a start date says the period went on ("from 1919", "since 1919"). */
export function isOngoingStart(date: FactDate | undefined): boolean {
  return date !== undefined && ONGOING.test(date.text)
}

/** Whether a day lies inside the range. */
export function inRange(day: string, range: DayRange | undefined): boolean {
  return range !== undefined && range.low <= day && day <= range.high
}

/**
 * Moves a `YYYY-MM-DD` day by whole days.
 * @example addDays('1926-01-01', -1) // '1925-12-31'
 */
export function addDays(day: string, days: number): string {
  const match = ISO_DAY.exec(day)
  if (match === null) throw new RangeError(`Expected a day as YYYY-MM-DD, got "${day}"`)
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days))
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/**
 * Reads a day typed by a user as `YYYY-MM-DD`, checking that it exists in the calendar. Undefined when it does not.
 * @example parseDay('1926-02-30') // undefined
 */
export function parseDay(text: string): string | undefined {
  const trimmed = text.trim()
  if (!ISO_DAY.test(trimmed)) return undefined
  return isoRange(trimmed)?.low
}
