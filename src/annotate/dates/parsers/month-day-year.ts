import { type DateCandidate, type DateParser, stated } from '../date-candidate.ts'
import { DAY, dayOf, EN_MONTH, monthOf, YEAR } from '../month-words.ts'

/**
 * "July 12, 1925", "October 25-27, 1923" (a range), "October 10 (23), 1917" (Old Style, New Style in brackets),
 * and "October 19" without a year, whose year a refiner infers.
 */
export const monthDayYear: DateParser = {
  name: 'month-day-year',
  pattern: new RegExp(
    `(${EN_MONTH})\\s+(${DAY})(?:\\s*[-–—]\\s*(${DAY})|\\s*\\((${DAY})\\))?(?:,?\\s+(${YEAR}))?(?![\\d:])`,
    'g',
  ),
  extract(match) {
    const [whole, monthWord, first, last, newStyle, yearWord] = match
    const month = monthOf(monthWord!)
    if (month === undefined) return undefined
    const year = yearWord === undefined ? undefined : Number(yearWord)
    const span = { start: match.index, end: match.index + whole.length }
    if (newStyle !== undefined) {
      return {
        span,
        rule: 'month-day-year:old-style',
        kind: 'day',
        start: stated(year, month, dayOf(newStyle)),
        oldStyle: `${monthWord} ${first}`,
        confidence: 0.9,
      } satisfies DateCandidate
    }
    const start = stated(year, month, dayOf(first!))
    if (last !== undefined) {
      const end = stated(year, month, dayOf(last))
      if ((end.day ?? 0) <= (start.day ?? 0)) return undefined
      return { span, rule: 'month-day-year:range', kind: 'range', start, end, confidence: 0.95 }
    }
    return {
      span,
      rule: 'month-day-year',
      kind: 'day',
      start,
      confidence: yearWord === undefined ? 0.8 : 0.97,
    }
  },
}
