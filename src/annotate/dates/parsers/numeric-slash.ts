import { type DateParser, stated } from '../date-candidate.ts'

/**
 * Numeric dates with slashes: "7/20/25", "8/10/1923", "9/1/1929". Whether the first number is the month or
 * the day depends on the source; a refiner decides from evidence across the whole source.
 */
export const numericSlash: DateParser = {
  name: 'numeric-slash',
  pattern: /(?<![\d/.,#])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
  extract(match) {
    const [whole, a, b, y] = match
    const first = Number(a)
    const second = Number(b)
    if (first < 1 || second < 1 || (first > 12 && second > 12) || first > 31 || second > 31) return undefined
    const twoDigitYear = y!.length === 2
    return {
      span: { start: match.index, end: match.index + whole.length },
      rule: 'numeric-slash',
      kind: 'day',
      start: stated(Number(y), first, second),
      numericOrder: { first, second, twoDigitYear },
      twoDigitYear,
      confidence: 0.8,
    }
  },
}

/**
 * A month/day date alone on a dateline ("8/18", "Rostov 7/12", "8/3 (Tuesday)"): only on a line of its own,
 * where nothing else could be meant. The year comes from the document.
 */
export const numericDateline: DateParser = {
  name: 'numeric-dateline',
  pattern: /^(?:\p{Lu}\p{L}+,?\s+)?(\d{1,2})\/(\d{1,2})(?:\s*\(\p{Lu}\p{L}+\))?\.?[ \t]*$/gmu,
  extract(match) {
    const first = Number(match[1])
    const second = Number(match[2])
    if (first < 1 || second < 1 || (first > 12 && second > 12) || first > 31 || second > 31) return undefined
    const offset = match[0].indexOf(match[1]!)
    const start = match.index + offset
    return {
      span: { start, end: start + match[1]!.length + 1 + match[2]!.length },
      rule: 'numeric-dateline',
      kind: 'day',
      start: { calendar: 'gregorian', month: first, day: second, stated: ['month', 'day'] },
      numericOrder: { first, second, twoDigitYear: false },
      confidence: 0.7,
    }
  },
}
