import { type DateCandidate, type DateParser, stated } from '../date-candidate.ts'
import { monthOf, RU_MONTH, TRANSLIT_MONTH } from '../month-words.ts'

const RU_YEAR = '(1[5-9]\\d\\d|20\\d\\d)(?:\\s*(?:г\\.|гг\\.|года|году|г(?![\\p{L}])))?'
/** A preposition before a month with neither day nor year ("в январе"). */
const LEAD_BEFORE = /(?<![\p{L}])(?:[вВ]о?|[сС]о?|[дД]о|[кК]|[пП]о|[оО]т|[нН]а|конце|начале|середине)\s+$/u

/** Days written before a month: "20 ", "1–3 ". */
const DAYS_BEFORE = /(?<![\d\p{L}])(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\s+$/u

/** Days before a transliterated month, as bibliographies print them: "17–25. *". */
const TRANSLIT_DAYS_BEFORE = /(?<![\d\p{L}])(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\.?\s*\*?\s*$/u

/**
 * Russian dates with the month in any case: "20 июля 1925 г.", "в январе 1927", "1 мая", "1–3 мая 1926 года".
 * A month with neither day nor year counts only after a preposition ("в январе").
 */
export const russianDate: DateParser = {
  name: 'russian',
  pattern: new RegExp(`(?<![\\p{L}])(${RU_MONTH})(?:\\s+${RU_YEAR})?`, 'gu'),
  extract(match, text) {
    const [whole, monthWord, yearWord] = match
    const month = monthOf(monthWord!)
    if (month === undefined) return undefined
    const before = text.slice(Math.max(0, match.index - 16), match.index)
    const days = DAYS_BEFORE.exec(before)
    const lead = LEAD_BEFORE.test(before)
    if (days === null && yearWord === undefined && !lead) return undefined
    const index = match.index - (days?.[0].length ?? 0)
    const written = (days?.[0] ?? '') + whole
    return build(index, written, { first: days?.[1], last: days?.[2], month, year: yearWord }, 'russian')
  },
}

/** Transliterated Russian dates, as in bibliographies: "17–25. Aprelya 1923 g.", "20 iyulya 1925g.". */
export const translitDate: DateParser = {
  name: 'translit',
  pattern: new RegExp(`(?<![A-Za-z])(${TRANSLIT_MONTH})\\s+(1[5-9]\\d\\d|20\\d\\d)(?:\\s?g\\.?)?`, 'g'),
  extract(match, text) {
    const [whole, monthWord, yearWord] = match
    const month = monthOf(monthWord!)
    if (month === undefined) return undefined
    const days = TRANSLIT_DAYS_BEFORE.exec(text.slice(Math.max(0, match.index - 16), match.index))
    const index = match.index - (days?.[0].length ?? 0)
    const written = (days?.[0] ?? '') + whole
    return build(index, written, { first: days?.[1], last: days?.[2], month, year: yearWord }, 'translit')
  },
}

interface Parts {
  readonly first: string | undefined
  readonly last: string | undefined
  readonly month: number
  readonly year: string | undefined
}

function build(index: number, whole: string, parts: Parts, rule: string): DateCandidate | undefined {
  const year = parts.year === undefined ? undefined : Number(parts.year)
  const span = { start: index, end: index + whole.length }
  const day = parts.first === undefined ? undefined : Number(parts.first)
  if (day !== undefined && (day < 1 || day > 31)) return undefined
  const start = stated(year, parts.month, day)
  const confidence = year === undefined ? 0.8 : 0.95
  if (parts.last !== undefined && day !== undefined && Number(parts.last) > day) {
    return {
      span,
      rule: `${rule}:range`,
      kind: 'range',
      start,
      end: stated(year, parts.month, Number(parts.last)),
      confidence,
    }
  }
  return { span, rule, kind: day === undefined ? 'month' : 'day', start, confidence }
}
