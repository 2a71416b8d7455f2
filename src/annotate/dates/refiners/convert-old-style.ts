import type { DateCandidate, DateRefiner } from '../date-candidate.ts'
import { isBeforeRussianReform, julianToGregorian } from '../julian.ts'

/** An Old Style mark after a date: "(O.S.)", "O.S.", "old style", "(ст. ст.)". */
const OLD_STYLE_MARK = /^\s*[,(]?\s*(?:O\.\s?S\.|o\.s\.|[Oo]ld [Ss]tyle|ст\.\s?ст\.|по старому стилю)\s*\)?/u

/**
 * Converts dates marked Old Style to New Style (Gregorian): "25 October 1917 (O.S.)" → 1917-11-07, keeping the
 * written date in `oldStyle`. Only full dates before Russia's reform (1 February 1918 N.S.) are converted.
 */
export const convertOldStyle: DateRefiner = {
  name: 'convert-old-style',
  refine(candidates, { text }) {
    return candidates.map((candidate) => convert(candidate, text.text))
  },
}

function convert(candidate: DateCandidate, text: string): DateCandidate {
  const { year, month, day } = candidate.start
  if (year === undefined || month === undefined || day === undefined || candidate.oldStyle !== undefined) {
    return candidate
  }
  const mark = OLD_STYLE_MARK.exec(text.slice(candidate.span.end, candidate.span.end + 24))
  if (mark === null || !isBeforeRussianReform({ year, month, day })) return candidate
  const newStyle = julianToGregorian({ year, month, day })
  return {
    ...candidate,
    span: { start: candidate.span.start, end: candidate.span.end + mark[0].length },
    rule: `${candidate.rule}:old-style`,
    start: { ...candidate.start, ...newStyle, calendar: 'gregorian' },
    oldStyle: text.slice(candidate.span.start, candidate.span.end),
  }
}
