import type { DateMention, HistoricalDate } from '../../core/index.ts'
import { toIsoDate } from '../../core/index.ts'
import type { DateCandidate, PartialDate } from './date-candidate.ts'

/**
 * Turns a finished candidate (every date with a year) into a DateMention with its ISO value: a point at the
 * precision written, or an interval `a/b` for ranges, decades and lifespans. Seasons take the year.
 * Returns undefined for a candidate still without a year.
 */
export function toDateMention(candidate: DateCandidate): DateMention | undefined {
  const start = toHistorical(candidate.start)
  if (start === undefined) return undefined
  const end = candidate.end === undefined ? undefined : toHistorical(candidate.end)
  const iso = end === undefined ? toIsoDate(start) : `${toIsoDate(start)}/${toIsoDate(end)}`
  const inferred = !start.stated.includes('year') || (end !== undefined && !end.stated.includes('year'))
  return {
    type: 'date',
    span: candidate.span,
    rule: `annotate/dates:${candidate.rule}`,
    confidence: inferred ? Math.min(candidate.confidence, 0.75) : candidate.confidence,
    value: {
      kind: candidate.kind,
      start,
      ...(end === undefined ? {} : { end }),
      iso,
      ...(candidate.qualifier === undefined ? {} : { qualifier: candidate.qualifier }),
      certainty: inferred ? 'inferred' : 'stated',
      ...(candidate.oldStyle === undefined ? {} : { oldStyle: candidate.oldStyle }),
    },
  }
}

function toHistorical(date: PartialDate): HistoricalDate | undefined {
  if (date.year === undefined) return undefined
  return {
    calendar: date.calendar,
    year: date.year,
    ...(date.month === undefined ? {} : { month: date.month }),
    ...(date.month === undefined || date.day === undefined ? {} : { day: date.day }),
    stated: date.stated,
  }
}
