import { type DateParser, stated } from '../date-candidate.ts'
import { YEAR } from '../month-words.ts'

/** A bare year: "in 1923", "1923 g.", "1923г.", "1921(!)". Call numbers, pages and amounts are removed by a refiner. */
export const year: DateParser = {
  name: 'year',
  pattern: new RegExp(`(${YEAR})(?:\\s?(?:g\\.|г\\.|года|году|год))?(?![\\p{L}\\d])`, 'gu'),
  extract(match) {
    return {
      span: { start: match.index, end: match.index + match[0].length },
      rule: 'year',
      kind: 'year',
      start: stated(Number(match[1])),
      confidence: 0.85,
    }
  },
}
