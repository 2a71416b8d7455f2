import { type DateParser, stated } from '../date-candidate.ts'

/**
 * The year of a periodical issue or a month/year notation: "No 1/1923", "3/1968", "8/1925". The number before
 * the slash may be an issue or a month, so only the year is read.
 */
export const issueYear: DateParser = {
  name: 'issue-year',
  pattern: /(?<![\d/.,])(\d{1,2})\/(1[5-9]\d\d|20\d\d)(?![\d/])/g,
  extract(match) {
    const start = match.index + match[1]!.length + 1
    return {
      span: { start, end: start + 4 },
      rule: 'issue-year',
      kind: 'year',
      start: stated(Number(match[2])),
      confidence: 0.7,
    }
  },
}
