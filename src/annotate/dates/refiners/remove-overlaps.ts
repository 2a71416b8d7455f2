import type { DateCandidate, DateRefiner } from '../date-candidate.ts'

/**
 * Keeps the longest reading where parsers overlap ("24 October 1923" over "October 1923" over "1923").
 * Candidates from one match (an elliptical list) are kept or dropped together; on equal length the parser
 * listed first in the configuration wins.
 */
export const removeOverlaps: DateRefiner = {
  name: 'remove-overlaps',
  refine(candidates) {
    const groups = new Map<string, DateCandidate[]>()
    for (const candidate of candidates) {
      const group = candidate.group ?? candidate.span
      const key = `${group.start}:${group.end}`
      const list = groups.get(key)
      if (list === undefined) groups.set(key, [candidate])
      else if (list[0]!.rule.split(':')[0] === candidate.rule.split(':')[0]) list.push(candidate)
    }
    const ordered = [...groups.values()].sort((a, b) => extent(b) - extent(a))
    const end = Math.max(0, ...ordered.map((group) => groupSpan(group).end))
    const taken = new Uint8Array(end)
    const kept: DateCandidate[][] = []
    for (const group of ordered) {
      const span = groupSpan(group)
      if (taken.subarray(span.start, span.end).some((cell) => cell === 1)) continue
      taken.fill(1, span.start, span.end)
      kept.push(group)
    }
    return kept.flat().sort((a, b) => a.span.start - b.span.start)
  },
}

function groupSpan(group: readonly DateCandidate[]): { start: number; end: number } {
  return group[0]!.group ?? group[0]!.span
}

function extent(group: readonly DateCandidate[]): number {
  const span = groupSpan(group)
  return span.end - span.start
}
