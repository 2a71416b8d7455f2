import { type DateCandidate, type DateParser, stated } from '../date-candidate.ts'
import { DAY, dayOf, EN_MONTH, monthOf, YEAR } from '../month-words.ts'

/**
 * "12 July 1925", "16—18 January 1924" (a range), "10 (23) October 1917" (Old Style with New Style in brackets),
 * and the same without a year ("On 5 December", "16—18 January"), whose year a refiner infers.
 */
export const dayMonthYear: DateParser = {
  name: 'day-month-year',
  pattern: new RegExp(
    `(${DAY})(?:\\s*[-–—]\\s*(${DAY})|\\s*\\((${DAY})\\))?\\s+(?:of\\s+)?(${EN_MONTH})(?:,?\\s+(${YEAR}))?`,
    'g',
  ),
  extract(match) {
    const [whole, first, last, newStyle, monthWord, yearWord] = match
    const month = monthOf(monthWord!)
    if (month === undefined) return undefined
    const year = yearWord === undefined ? undefined : Number(yearWord)
    const span = { start: match.index, end: match.index + whole.length }
    if (newStyle !== undefined) {
      return {
        span,
        rule: 'day-month-year:old-style',
        kind: 'day',
        start: stated(year, month, dayOf(newStyle)),
        oldStyle: `${first} ${monthWord}`,
        confidence: 0.9,
      } satisfies DateCandidate
    }
    const start = stated(year, month, dayOf(first!))
    if (last !== undefined) {
      const end = stated(year, month, dayOf(last))
      if ((end.day ?? 0) <= (start.day ?? 0)) return undefined
      return { span, rule: 'day-month-year:range', kind: 'range', start, end, confidence: 0.95 }
    }
    return {
      span,
      rule: 'day-month-year',
      kind: 'day',
      start,
      confidence: yearWord === undefined ? 0.85 : 0.97,
    }
  },
}
