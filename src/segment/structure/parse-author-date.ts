import { parsePlainDate } from './parse-editorial-date.ts'

/** Order of the two numbers in an author's numeric date such as "7/20/25". */
export type NumericOrder = 'month-first' | 'day-first'

const NUMERIC = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b/
const MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December'
const WORDED = new RegExp(
  `\\b(\\d{1,2}\\s+(?:${MONTH_NAMES})(?:,?\\s+\\d{4})?|(?:${MONTH_NAMES})\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\b`,
)

/**
 * Decides, for one source, whether its numeric dates put the month or the day first. Evidence is a number
 * over 12: in "7/20/25" only the second can be the day, in "26/5/26" only the first. The majority wins; a
 * source without evidence is taken as day-first, the usual order outside American English.
 * @example detectNumericOrder(['7/20/25', '8/18', '26/5/26']) // 'month-first'
 */
export function detectNumericOrder(samples: readonly string[]): NumericOrder {
  let monthFirst = 0
  let dayFirst = 0
  for (const sample of samples) {
    const m = NUMERIC.exec(sample)
    if (m === null) continue
    const a = Number(m[1])
    const b = Number(m[2])
    if (a > 12 && b <= 12) dayFirst++
    if (b > 12 && a <= 12) monthFirst++
  }
  return monthFirst > dayFirst ? 'month-first' : 'day-first'
}

/** Whether a line holds a date an author could write ("7/20/25", "3 June, 9:00 P.M.", "2/1936"). */
export function hasAuthorDate(line: string): boolean {
  return NUMERIC.test(line) || MONTH_YEAR.test(line.trim()) || WORDED.test(line)
}

/**
 * Reads an author's date to ISO as far as it goes; a missing or two-digit year is taken from
 * `contextYear` (the editors' year), whose century also completes "25" → 1925. A number over 12 overrides
 * the source's order for that date.
 * @example parseAuthorDate('9/26/35', 'month-first', 1935) // '1935-09-26'
 */
export function parseAuthorDate(line: string, order: NumericOrder, contextYear?: number): string | undefined {
  const monthYear = MONTH_YEAR.exec(line.trim())
  if (monthYear !== null) return `${monthYear[2]}-${(monthYear[1] as string).padStart(2, '0')}`
  const m = NUMERIC.exec(line)
  if (m !== null) {
    let first = Number(m[1])
    let second = Number(m[2])
    const swap = first > 12 || (order === 'day-first' && second <= 12)
    if (swap) [first, second] = [second, first]
    if (first > 12 || second > 31) return undefined
    const year = fullYear(m[3], contextYear)
    if (year === undefined) return undefined
    return `${year}-${String(first).padStart(2, '0')}-${String(second).padStart(2, '0')}`
  }
  const worded = WORDED.exec(line)
  return worded === null ? undefined : parsePlainDate(worded[1] as string, contextYear)
}

function fullYear(printed: string | undefined, contextYear: number | undefined): number | undefined {
  if (printed === undefined) return contextYear
  if (printed.length === 4) return Number(printed)
  const century = contextYear === undefined ? 1900 : Math.floor(contextYear / 100) * 100
  return century + Number(printed)
}
