import { type DateParser, stated } from '../date-candidate.ts'

/** "the 1920s", "the early 1920s" (the qualifier is added by a refiner): kind decade, ISO `1920/1929`. */
export const decade: DateParser = {
  name: 'decade',
  pattern: /(?<![\d.,/])(1[5-9]\d0|20\d0)['’]?s(?![A-Za-z])/g,
  extract(match) {
    const first = Number(match[1])
    return {
      span: { start: match.index, end: match.index + match[0].length },
      rule: 'decade',
      kind: 'decade',
      start: stated(first),
      end: stated(first + 9),
      confidence: 0.9,
    }
  },
}
