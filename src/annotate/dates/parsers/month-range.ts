import { type DateParser, stated } from '../date-candidate.ts'
import { EN_MONTH_FULL, monthOf, YEAR } from '../month-words.ts'

/** "October–November 1926", "June to September 1929", "February to May" (year inferred). */
export const monthRange: DateParser = {
  name: 'month-range',
  pattern: new RegExp(
    `(${EN_MONTH_FULL})\\s*(?:[-–—]|\\s(?:to|until|through)\\s)\\s*(${EN_MONTH_FULL})(?:,?\\s+(?:of\\s+)?(${YEAR}))?`,
    'g',
  ),
  extract(match) {
    const [whole, firstWord, lastWord, yearWord] = match
    const first = monthOf(firstWord!)
    const last = monthOf(lastWord!)
    if (first === undefined || last === undefined) return undefined
    const year = yearWord === undefined ? undefined : Number(yearWord)
    return {
      span: { start: match.index, end: match.index + whole.length },
      rule: 'month-range',
      kind: 'range',
      start: stated(year, first),
      end: stated(year, last),
      confidence: yearWord === undefined ? 0.75 : 0.93,
    }
  },
}
