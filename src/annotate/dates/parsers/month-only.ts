import { type DateParser, stated } from '../date-candidate.ts'
import { EN_MONTH_FULL, monthOf } from '../month-words.ts'

/** Words before a bare month name that make it a date ("in January", "early November", "since May"). */
const LEAD = `(?:${EN_MONTH_FULL}\\s+(?:and|or)|[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]etween|[Ee]arly|[Ll]ate|[Mm]id-|(?:beginning|end|middle|start) of)`

/**
 * A month name without day or year after a word that makes it a date: "in January", "early November",
 * "mid-January". Its year is inferred. Event names ("October Revolution", "September Opposition") are not dates:
 * a following capitalised word or a genre word ("revolution", "seizure") rules the month out.
 */
export const monthOnly: DateParser = {
  name: 'month-only',
  pattern: new RegExp(
    `(?<=${LEAD}\\s*)(${EN_MONTH_FULL})(?!\\s+(?:\\d|[A-Z]|of\\s+\\d|(?:revolution|seizure|days|events|period|coup|uprising|plenum|theses|opposition)\\b))`,
    'g',
  ),
  extract(match) {
    const month = monthOf(match[1]!)
    if (month === undefined) return undefined
    return {
      span: { start: match.index, end: match.index + match[0].length },
      rule: 'month-only',
      kind: 'month',
      start: stated(undefined, month),
      confidence: 0.7,
    }
  },
}
