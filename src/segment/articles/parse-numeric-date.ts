import type { DocumentDate } from '../../core/index.ts'
import { MONTH_NAMES } from '../../core/index.ts'

/** A numeric date as printed: `10/1/1926`, `6/12/29`, `6/12` (no year), `9.6.1929`. */
export const NUMERIC_DATE = /\b(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?\b/

/** Which number comes first in a source's numeric dates, with the evidence that decided it. */
export interface NumericOrder {
  readonly order: 'day-month' | 'month-day'
  /** Plain words: what decided the order ("month named nearby: "January""). */
  readonly evidence: string
}

/**
 * Counts the numeric dates of a text that only one order can read: a first number over 12 is a day
 * (`26/5/26`), a second number over 12 is a day (`7/20/25`).
 * @example countOrderEvidence('7/20/25 and 7/28/25 and 26/5/26') // { dayFirst: 1, monthFirst: 2 }
 */
export function countOrderEvidence(text: string): { dayFirst: number; monthFirst: number } {
  let dayFirst = 0
  let monthFirst = 0
  for (const match of text.matchAll(new RegExp(NUMERIC_DATE.source, 'g'))) {
    const first = Number(match[1])
    const second = Number(match[3])
    if (first > 12 && first <= 31 && second <= 12) dayFirst++
    if (second > 12 && second <= 31 && first <= 12) monthFirst++
  }
  return { dayFirst, monthFirst }
}

/**
 * Decides the order of an ambiguous numeric date (both numbers 12 or less): the reading whose month
 * the nearby text names wins ("On 3 January …" near `10/1/1926`); failing that, the order most of the
 * source's unambiguous numeric dates use; failing that, day first (the European and Russian order).
 * @example decideOrder(10, 1, 'On 3 January he came', { dayFirst: 0, monthFirst: 4 }).order // 'day-month'
 */
export function decideOrder(
  first: number,
  second: number,
  nearby: string,
  sourceEvidence: { dayFirst: number; monthFirst: number },
): NumericOrder {
  if (first > 12) return { order: 'day-month', evidence: `first number "${first}" is over 12` }
  if (second > 12) return { order: 'month-day', evidence: `second number "${second}" is over 12` }
  const named = new Set(
    [...nearby.toLowerCase().matchAll(/\b[a-z]+\b/g)]
      .map((m) => MONTH_NAMES.indexOf(m[0]) + 1)
      .filter((n) => n > 0),
  )
  const asDayMonth = named.has(second)
  const asMonthDay = named.has(first)
  if (asDayMonth !== asMonthDay) {
    const month = asDayMonth ? second : first
    return {
      order: asDayMonth ? 'day-month' : 'month-day',
      evidence: `month named nearby: "${MONTH_NAMES[month - 1]}"`,
    }
  }
  const { dayFirst, monthFirst } = sourceEvidence
  if (dayFirst !== monthFirst) {
    return {
      order: dayFirst > monthFirst ? 'day-month' : 'month-day',
      evidence: `source has ${dayFirst} day-first and ${monthFirst} month-first numeric dates`,
    }
  }
  return { order: 'day-month', evidence: 'no evidence: day first assumed' }
}

/**
 * Reads a numeric date found at `offset`. A missing year is taken from `contextYear` (the qualifier stays
 * exact, the rule says "year-from-context"); a two-digit year is put in the century of `contextYear`.
 * @example parseNumericDate('6/12/29', 0, 'rule', { nearby: 'In June 1929', evidence: { dayFirst: 0, monthFirst: 0 }, contextYear: 1929 })?.date.iso // '1929-06-12'
 */
export function parseNumericDate(
  value: string,
  offset: number,
  rule: string,
  context: { nearby: string; evidence: { dayFirst: number; monthFirst: number }; contextYear?: number },
): { date: DocumentDate; order: NumericOrder } | undefined {
  const match = NUMERIC_DATE.exec(value)
  if (match === null) return undefined
  const first = Number(match[1])
  const second = Number(match[3])
  const order = decideOrder(first, second, context.nearby, context.evidence)
  const [day, month] = order.order === 'day-month' ? [first, second] : [second, first]
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const year = readYear(match[4], context.contextYear)
  const start = offset + match.index
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const date: DocumentDate = {
    text: match[0],
    span: { start, end: start + match[0].length },
    ...(year === undefined ? {} : { iso: `${year}-${monthDay}` }),
    qualifier: year === undefined ? 'undetermined' : 'exact',
    rule: `${rule}:numeric-${order.order}${match[4] === undefined ? ':year-from-context' : ''}`,
  }
  return { date, order }
}

function readYear(printed: string | undefined, contextYear: number | undefined): number | undefined {
  if (printed === undefined) return contextYear
  if (printed.length === 4) return Number(printed)
  const century = contextYear === undefined ? 1900 : Math.floor(contextYear / 100) * 100
  return century + Number(printed)
}
