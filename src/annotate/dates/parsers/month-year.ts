import { type DateParser, stated } from '../date-candidate.ts'
import { EN_MONTH, monthOf, YEAR } from '../month-words.ts'

/** "December 1923", "September of 1924", "Jan 1965", "April (1917)" (the year in brackets). */
export const monthYear: DateParser = {
  name: 'month-year',
  pattern: new RegExp(`(${EN_MONTH})(?:,?\\s+(?:of\\s+)?(${YEAR})|\\s*\\((${YEAR})\\))`, 'g'),
  extract(match) {
    const [whole, monthWord, plainYear, bracketedYear] = match
    const yearWord = plainYear ?? bracketedYear
    const month = monthOf(monthWord!)
    if (month === undefined) return undefined
    return {
      span: { start: match.index, end: match.index + whole.length },
      rule: 'month-year',
      kind: 'month',
      start: stated(Number(yearWord), month),
      confidence: 0.95,
    }
  },
}
