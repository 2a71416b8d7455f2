import type { DateCandidate, DateRefiner } from '../date-candidate.ts'

/** How a source orders day and month in numeric dates, and the evidence for it. */
export interface NumericOrder {
  readonly order: 'day-month' | 'month-day'
  readonly evidence: string
}

/**
 * Decides per source whether slashed numeric dates are day/month or month/day, from evidence across the
 * whole source: slashed dates with a first number over 12 (day first) or a second over 12 (month first); failing
 * that, dotted dates (European, day first) and the order of written dates ("5 December" or "December 5").
 * @example decideNumericOrder([...]).order // 'month-day'
 */
export function decideNumericOrder(candidates: readonly DateCandidate[]): NumericOrder {
  const slashed = candidates.flatMap((c) => (c.numericOrder === undefined ? [] : [c.numericOrder]))
  const dayFirst = slashed.filter((n) => n.first > 12 && n.second <= 12).length
  const monthFirst = slashed.filter((n) => n.second > 12 && n.first <= 12).length
  if (dayFirst !== monthFirst) {
    return {
      order: dayFirst > monthFirst ? 'day-month' : 'month-day',
      evidence: `${monthFirst} slashed dates have a second number over 12, ${dayFirst} a first number over 12`,
    }
  }
  const dotted = candidates.filter((c) => c.rule.startsWith('numeric-dotted')).length
  if (dotted > 0)
    return { order: 'day-month', evidence: `${dotted} dotted dates (day first) and no decisive slashed date` }
  const dayMonth = candidates.filter((c) => c.rule.startsWith('day-month-year')).length
  const monthDay = candidates.filter((c) => c.rule.startsWith('month-day-year')).length
  const order = monthDay > dayMonth ? 'month-day' : 'day-month'
  return {
    order,
    evidence: `no decisive numeric date; written dates put the ${order === 'month-day' ? 'month' : 'day'} first (${dayMonth} day-month, ${monthDay} month-day)`,
  }
}

/** The century most four-digit years of the source fall in (two-digit years take it), 1900 by default. */
function dominantCentury(candidates: readonly DateCandidate[]): number {
  const counts = new Map<number, number>()
  for (const c of candidates) {
    if (c.twoDigitYear === true || c.start.year === undefined) continue
    const century = Math.floor(c.start.year / 100) * 100
    counts.set(century, (counts.get(century) ?? 0) + 1)
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
  return best === undefined ? 1900 : best[0]
}

/**
 * Puts day and month of slashed numeric dates in the source's order (recorded in an info diagnostic
 * 'numeric-date-order') and gives two-digit years the source's century ("7/20/25" → 1925, not 2025).
 */
export const orderNumericDates: DateRefiner = {
  name: 'order-numeric-dates',
  refine(candidates, { context }) {
    const century = dominantCentury(candidates)
    const numeric = candidates.filter((c) => c.numericOrder !== undefined)
    const decision = numeric.length === 0 ? undefined : decideNumericOrder(candidates)
    if (decision !== undefined) {
      context.report({
        severity: 'info',
        reason: `Numeric dates read as "${decision.order}": ${decision.evidence}`,
        source: 'annotate',
        ruleId: 'numeric-date-order',
        place: numeric[0]!.span,
      })
    }
    return candidates.map((c) => {
      const withYear =
        c.twoDigitYear === true && c.start.year !== undefined
          ? { ...c, start: { ...c.start, year: century + (c.start.year % 100) } }
          : c
      return decision === undefined ? withYear : order(withYear, decision.order)
    })
  },
}

function order(candidate: DateCandidate, decided: NumericOrder['order']): DateCandidate {
  const n = candidate.numericOrder
  if (n === undefined) return candidate
  // A date that can only be read one way is read that way, whatever the source's order.
  const dayFirst = n.first > 12 ? true : n.second > 12 ? false : decided === 'day-month'
  const [day, month] = dayFirst ? [n.first, n.second] : [n.second, n.first]
  const forced = (n.first > 12 || n.second > 12) && dayFirst !== (decided === 'day-month')
  return {
    ...candidate,
    start: { ...candidate.start, day, month },
    confidence: forced ? 0.6 : candidate.confidence,
  }
}
