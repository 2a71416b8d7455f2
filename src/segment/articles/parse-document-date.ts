import type { DocumentDate, Span } from '../../core/index.ts'
import { MONTH_NAMES } from '../../core/index.ts'

const MONTHS = MONTH_NAMES
const MONTH = `(?<month>${MONTHS.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`).join('|')})`
const APPROXIMATE = '(?:(?<approx>circa|ca\\.|c\\.|about|around)\\s+)?'
const DAY_MONTH_YEAR = new RegExp(`${APPROXIMATE}(?<day>\\d{1,2})\\s+${MONTH}\\s+(?<year>\\d{4})`)
const MONTH_DAY_YEAR = new RegExp(`${APPROXIMATE}${MONTH}\\s+(?<day>\\d{1,2}),\\s*(?<year>\\d{4})`)

/**
 * Reads a written date ("23 October 1923", "October 23, 1923", "circa 20 January 1924") found at
 * `offset` of the text. An approximate day keeps only its month ("circa 20 January 1924" → 1924-01).
 * @example parseDocumentDate('24 October 1923', 0, 'rule')?.iso // '1923-10-24'
 */
export function parseDocumentDate(value: string, offset: number, rule: string): DocumentDate | undefined {
  const match = DAY_MONTH_YEAR.exec(value) ?? MONTH_DAY_YEAR.exec(value)
  const groups = match?.groups
  if (match === null || groups === undefined) return undefined
  const month = MONTHS.indexOf((groups.month ?? '').toLowerCase()) + 1
  const day = Number(groups.day)
  if (month === 0 || day < 1 || day > 31) return undefined
  const yearMonth = `${groups.year}-${String(month).padStart(2, '0')}`
  const span: Span = { start: offset + match.index, end: offset + match.index + match[0].length }
  const approximate = groups.approx !== undefined
  return {
    text: match[0],
    span,
    iso: approximate ? yearMonth : `${yearMonth}-${String(day).padStart(2, '0')}`,
    qualifier: approximate ? 'month' : 'exact',
    rule,
  }
}

/** Whether a whole line is only a date (a dateline), possibly in brackets. */
export function isDateLine(line: string): boolean {
  const bare = line
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
  const match = DAY_MONTH_YEAR.exec(bare) ?? MONTH_DAY_YEAR.exec(bare)
  return match !== null && match[0].length >= bare.length - 1
}
