import type { Span } from '../../core/index.ts'
import type { CitationContext } from './citation-candidate.ts'

/** Two archival designations in a row ("op. 3, d. 510", "d. 48, l. 5"): the trace of a citation. */
const DESIGNATION_PAIR =
  /(?<![\p{L}])(?:[fф]|op|оп|[dд])\.\s*[RР]?-?\d+[^\n,;]{0,6}[,;]?\s*(?:op|оп|[dд]|ll?|лл?|vol|t)\.\s*\d+/giu
/** An archive name followed by a designation or a case number. */
function archiveFollowedByDesignation(designationSource: string): RegExp {
  return new RegExp(
    String.raw`${designationSource}[\s,:]*(?:[fф]\.|(?:op|оп)\.|[dд]\.|(?:fond|delo|фонд|дело)\s|[RР]-?\d)`,
    'giu',
  )
}

/**
 * Reports every citation-like string that no parser read: an archive name followed by designations, or two
 * designations in a row, outside every candidate. Each gets a warning 'unparsed-citation' with its place.
 */
export function reportUnparsed(read: readonly Span[], context: CitationContext): void {
  const { text } = context
  const patterns = [archiveFollowedByDesignation(context.archives.designationSource), DESIGNATION_PAIR]
  const traces = patterns
    .flatMap((pattern) => [...text.matchAll(pattern)].map((match) => toSpan(match)))
    .filter((trace) => !read.some((span) => trace.start < span.end && span.start < trace.end))
    .sort((a, b) => a.start - b.start)
  let reach = -1
  for (const trace of traces) {
    if (trace.start < reach) continue
    reach = trace.end
    const printed = text.slice(trace.start, Math.min(text.length, trace.end + 24)).replace(/\s+/g, ' ')
    context.report({
      severity: 'warning',
      reason: `Cannot parse archival citation "${printed}"`,
      source: 'annotate',
      ruleId: 'unparsed-citation',
      place: trace,
    })
  }
}

function toSpan(match: RegExpExecArray | RegExpMatchArray): Span {
  const start = match.index ?? 0
  return { start, end: start + match[0].length }
}
