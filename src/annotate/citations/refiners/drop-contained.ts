import type { CitationCandidate, CitationRefiner } from '../citation-candidate.ts'

/**
 * Drops candidates that lie inside a longer one: the "f. 325, op. 1, d. 418" inside "Ibid., f. 325, op. 1,
 * d. 418", or the chain inside "RTsKhIDNI f. 17, …". Of two with the same span, the earlier parser's is kept.
 */
export const dropContained: CitationRefiner = {
  name: 'drop-contained',
  refine(candidates) {
    const ordered = [...candidates].sort(
      (a, b) =>
        a.span.start - b.span.start || b.span.end - a.span.end || order(candidates, a) - order(candidates, b),
    )
    const kept: CitationCandidate[] = []
    let reach = -1
    for (const candidate of ordered) {
      if (candidate.span.end <= reach) continue
      kept.push(candidate)
      reach = Math.max(reach, candidate.span.end)
    }
    return kept
  },
}

function order(candidates: readonly CitationCandidate[], candidate: CitationCandidate): number {
  return candidates.indexOf(candidate)
}
