import { type DateParser, stated } from '../date-candidate.ts'
import { EN_MONTH_FULL, monthOf } from '../month-words.ts'

/** Meetings and acts that a month name before them dates ("the January plenum"); not "October Revolution". */
const DATED_NOUN =
  '(?:plenum|session|meeting|conference|congress|elections?|decrees?|resolutions?|strikes?|crisis|offensive)'

/** A month used as an attribute of a meeting or act: "The January plenum", "the March session". */
export const monthAttribute: DateParser = {
  name: 'month-attribute',
  pattern: new RegExp(`(?<=(?<![A-Za-z])[Tt]he\\s+)(${EN_MONTH_FULL})(?=\\s+${DATED_NOUN}(?![A-Za-z]))`, 'g'),
  extract(match) {
    const month = monthOf(match[1]!)
    if (month === undefined) return undefined
    return {
      span: { start: match.index, end: match.index + match[0].length },
      rule: 'month-attribute',
      kind: 'month',
      start: stated(undefined, month),
      yearFrom: 'paragraph',
      confidence: 0.65,
    }
  },
}
