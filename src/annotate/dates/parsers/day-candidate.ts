import type { Span } from '../../../core/index.ts'
import { type DateCandidate, stated } from '../date-candidate.ts'
import { dayOf, monthOf } from '../month-words.ts'

/** The parts of a written day date, whichever order the source writes them in. */
export interface DayParts {
  readonly span: Span
  readonly monthWord: string
  readonly first: string
  /** The last day of a range ("16—18 January"). */
  readonly last?: string | undefined
  /** The New Style day in brackets after an Old Style one ("10 (23) October 1917"). */
  readonly newStyle?: string | undefined
  readonly yearWord?: string | undefined
  /** How the Old Style date reads as printed. */
  readonly oldStyle: string
}

/**
 * A day, a range of days or an Old Style/New Style pair as a candidate, for the day-month and month-day parsers.
 * @example toDayCandidate('day-month-year', parts, 0.85)?.kind // 'day'
 */
export function toDayCandidate(
  rule: string,
  parts: DayParts,
  undatedConfidence: number,
): DateCandidate | undefined {
  const month = monthOf(parts.monthWord)
  if (month === undefined) return undefined
  const year = parts.yearWord === undefined ? undefined : Number(parts.yearWord)
  const { span } = parts
  if (parts.newStyle !== undefined) {
    return {
      span,
      rule: `${rule}:old-style`,
      kind: 'day',
      start: stated(year, month, dayOf(parts.newStyle)),
      oldStyle: parts.oldStyle,
      confidence: 0.9,
    }
  }
  const start = stated(year, month, dayOf(parts.first))
  if (parts.last !== undefined) {
    const end = stated(year, month, dayOf(parts.last))
    if ((end.day ?? 0) <= (start.day ?? 0)) return undefined
    return { span, rule: `${rule}:range`, kind: 'range', start, end, confidence: 0.95 }
  }
  return {
    span,
    rule,
    kind: 'day',
    start,
    confidence: parts.yearWord === undefined ? undatedConfidence : 0.97,
  }
}
