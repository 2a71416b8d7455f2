import { type DateCandidate, type DateParser, stated } from '../date-candidate.ts'

/**
 * Dotted numeric dates, day first as European usage writes them: "13.10.1922", "8.1.1924", "12.7.25", and
 * elliptical lists that share a month or year: "28. and 29.10.1924" (two dates), "13.5., 15.4. and 16.4.1925"
 * (three). Each day becomes its own candidate.
 */
export const numericDotted: DateParser = {
  name: 'numeric-dotted',
  pattern:
    /(?<![\d.])((?:\d{1,2}\.(?:\d{1,2}\.)?\s*(?:,|and|und|&)\s*)*)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d|\.\d)/g,
  extract(match) {
    const [whole, list, d, m, y] = match
    const year = Number(y)
    const twoDigitYear = y!.length === 2
    const month = Number(m)
    const day = Number(d)
    if (!valid(day, month)) return undefined
    const lastStart = match.index + whole.lastIndexOf(`${d}.`, whole.length - y!.length - m!.length - 1)
    const last: DateCandidate = {
      span: { start: lastStart, end: match.index + whole.length },
      rule: 'numeric-dotted',
      kind: 'day',
      start: stated(year, month, day),
      twoDigitYear,
      confidence: twoDigitYear ? 0.75 : 0.9,
    }
    if (list === undefined || list.length === 0) return last
    return [...readList(list, match.index, month, year, twoDigitYear), last]
  },
}

function valid(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

/** Reads the leading days of an elliptical list; a day without a month takes the next month written. */
function readList(list: string, offset: number, lastMonth: number, year: number, twoDigitYear: boolean) {
  const parts = [...list.matchAll(/(\d{1,2})\.(?:(\d{1,2})\.)?/g)]
  const found: DateCandidate[] = []
  for (const [i, part] of parts.entries()) {
    const next = parts.slice(i).find((p) => p[2] !== undefined)
    const month =
      part[2] !== undefined ? Number(part[2]) : next?.[2] !== undefined ? Number(next[2]) : lastMonth
    const day = Number(part[1])
    if (!valid(day, month)) continue
    const start = offset + (part.index ?? 0)
    found.push({
      span: { start, end: start + part[0].length },
      rule: 'numeric-dotted:elliptical',
      kind: 'day',
      start: {
        calendar: 'gregorian',
        year,
        month,
        day,
        stated: part[2] === undefined ? ['day'] : ['day', 'month'],
      },
      twoDigitYear,
      confidence: 0.85,
    })
  }
  return found
}
