import type { DateCandidate, DateRefiner, PartialDate } from '../date-candidate.ts'

/** What may stand between the two ends of a range. */
const JOIN = /^\s*(?:[-–—]|to|until|till|through)\s*$/

const POINT_KINDS = new Set(['day', 'month', 'year'])

/**
 * Joins two dates written as one range: "February 1928 to May 1929", "1926 to June 1931", "early 1930 to
 * September 1930". An end without a year gives none to the start, a start without a year takes the end's.
 */
export const mergeRanges: DateRefiner = {
  name: 'merge-ranges',
  refine(candidates, { text }) {
    const out: DateCandidate[] = []
    for (const candidate of candidates) {
      const previous = out.at(-1)
      if (previous !== undefined && joinable(previous, candidate, text.text)) {
        out[out.length - 1] = merge(previous, candidate)
      } else out.push(candidate)
    }
    return out
  },
}

function joinable(a: DateCandidate, b: DateCandidate, text: string): boolean {
  if (!POINT_KINDS.has(a.kind) || !POINT_KINDS.has(b.kind)) return false
  if (a.group !== undefined && b.group !== undefined && a.group.start === b.group.start) return false
  if (!JOIN.test(text.slice(a.span.end, b.span.start))) return false
  if (b.start.year === undefined) return false
  const startYear = a.start.year ?? b.start.year
  if (startYear > b.start.year) return false
  return b.start.month !== undefined || a.start.month === undefined
}

function merge(a: DateCandidate, b: DateCandidate): DateCandidate {
  const start: PartialDate = a.start.year === undefined ? { ...a.start, year: b.start.year! } : a.start
  return {
    span: { start: a.span.start, end: b.span.end },
    rule: 'merge-ranges',
    kind: 'range',
    start,
    end: b.start,
    ...(a.qualifier === undefined ? {} : { qualifier: a.qualifier }),
    confidence: Math.min(a.confidence, b.confidence) * 0.95,
  }
}
