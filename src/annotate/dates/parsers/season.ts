import { type DateParser, stated } from '../date-candidate.ts'
import { YEAR } from '../month-words.ts'

const SEASON = '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)'

/** "the autumn of 1923", "spring 1921", "the summer and autumn of 1921": kind season, the ISO value is the year. */
export const season: DateParser = {
  name: 'season',
  pattern: new RegExp(
    `(?<![A-Za-z])(?:the\\s+)?(${SEASON})(?:\\s+and\\s+(?:the\\s+)?(${SEASON}))?,?\\s+(?:of\\s+)?(${YEAR})`,
    'g',
  ),
  extract(match) {
    const [whole, first, second, yearWord] = match
    const words = [first, second].filter((word) => word !== undefined).map((word) => word.toLowerCase())
    return {
      span: { start: match.index, end: match.index + whole.length },
      rule: 'season',
      kind: 'season',
      start: stated(Number(yearWord)),
      qualifier: words.join(' and '),
      confidence: 0.9,
    }
  },
}
