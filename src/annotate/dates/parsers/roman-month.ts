import { type DateParser, stated } from '../date-candidate.ts'
import { romanMonth } from '../month-words.ts'

/** Dates with the month in Roman numerals, day first: "1.XII.34", "20.VII.1925", "10/VIII/1929", "23 VII - 26". */
export const romanMonthDate: DateParser = {
  name: 'roman-month',
  pattern:
    /(?<![\d.])(\d{1,2})(?:\s*[./]\s*|\s+)(XI{0,2}|I[XV]|VI{0,3}|I{1,3})(?:\s*[./-]\s*|\s+)(\d{4}|\d{2})(?![\d])/g,
  extract(match) {
    const [whole, d, numeral, y] = match
    const month = romanMonth(numeral!)
    const day = Number(d)
    if (month === undefined || day < 1 || day > 31) return undefined
    return {
      span: { start: match.index, end: match.index + whole.length },
      rule: 'roman-month',
      kind: 'day',
      start: stated(Number(y), month, day),
      twoDigitYear: y!.length === 2,
      confidence: 0.85,
    }
  },
}
