import type { DateParser } from '../date-candidate.ts'
import { DAY, EN_MONTH, YEAR } from '../month-words.ts'
import { toDayCandidate } from './day-candidate.ts'

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
    return toDayCandidate(
      'day-month-year',
      {
        span: { start: match.index, end: match.index + whole.length },
        monthWord: monthWord!,
        first: first!,
        last,
        newStyle,
        yearWord,
        oldStyle: `${first} ${monthWord}`,
      },
      0.85,
    )
  },
}
