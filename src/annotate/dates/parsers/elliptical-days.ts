import { type DateCandidate, type DateParser, stated } from '../date-candidate.ts'
import { DAY, dayOf, EN_MONTH, monthOf, YEAR } from '../month-words.ts'

const LIST = `((?:\\s*,\\s*${DAY})*\\s*,?\\s+(?:and|or|&)\\s+)`

/**
 * Several days sharing a month (and year): "November 8 and 15, 1993", "8 or 9 June", "the 28th and 29th of
 * October 1924". One candidate per day.
 */
export const ellipticalDays: DateParser = {
  name: 'elliptical-days',
  pattern: new RegExp(
    `(?:(${EN_MONTH})\\s+(${DAY})${LIST}(${DAY})(?:,?\\s+(${YEAR}))?|(${DAY})${LIST}(${DAY})\\s+(?:of\\s+)?(${EN_MONTH})(?:,?\\s+(${YEAR}))?)`,
    'g',
  ),
  extract(match) {
    const g = match
    const monthFirst = g[1] !== undefined
    const monthWord = monthFirst ? g[1]! : g[9]!
    const month = monthOf(monthWord)
    if (month === undefined) return undefined
    const yearWord = monthFirst ? g[5] : g[10]
    const year = yearWord === undefined ? undefined : Number(yearWord)
    const firstDay = monthFirst ? g[2]! : g[6]!
    const list = monthFirst ? g[3]! : g[7]!
    const lastDay = monthFirst ? g[4]! : g[8]!
    const whole = g[0]
    const firstEnd = monthFirst
      ? whole.indexOf(firstDay, monthWord.length) + firstDay.length
      : firstDay.length
    const found: DateCandidate[] = []
    const add = (start: number, end: number, day: string) =>
      found.push({
        span: { start: match.index + start, end: match.index + end },
        rule: 'elliptical-days',
        kind: 'day',
        start: stated(year, month, dayOf(day)),
        confidence: 0.85,
      })
    add(0, firstEnd, firstDay)
    for (const middle of list.matchAll(new RegExp(DAY, 'g'))) {
      const at = firstEnd + (middle.index ?? 0)
      add(at, at + middle[0].length, middle[0])
    }
    const lastStart = firstEnd + list.length
    add(lastStart, whole.length, lastDay)
    return found
  },
}
