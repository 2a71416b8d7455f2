import type { DateParser } from '../date-candidate.ts'
import { DAY, EN_MONTH, YEAR } from '../month-words.ts'
import { toDayCandidate } from './day-candidate.ts'

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
    return toDayCandidate(
      'month-day-year',
      {
        span: { start: match.index, end: match.index + whole.length },
        monthWord: monthWord!,
        first: first!,
        last,
        newStyle,
        yearWord,
        oldStyle: `${monthWord} ${first}`,
      },
      0.8,
    )
  },
}
