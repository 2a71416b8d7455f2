import { quoteSpan } from '../../../core/index.ts'
import type {
  CitationCandidate,
  CitationContext,
  CitationFields,
  CitationLevel,
  CitationRefiner,
} from '../citation-candidate.ts'
import { CITATION_LEVELS } from '../citation-candidate.ts'

/** Between a citation and its continuation: "…, l. 6, and d. 514". */
const CONTINUATION_GAP = /^[\s,.;]*(?:and|и)\s*$/iu
/** Signs of a printed source between an archival citation and a bare "Ibid.": titles, pages, imprints, URLs. */
const PRINTED_SOURCE = [
  /\*[^*\n]{4,}\*/u,
  /(?<![\p{L}])pp?\.\s*\d/u,
  /\([^()\n]*\p{L}[^()\n]*,\s*1[5-9]\d\d\)/u,
  /\d+:\d+/u,
  /https?:\/\//u,
  /[“"][^”"\n]{4,},[”"]/u,
]

/**
 * Resolves "Ibid." and continuations against the previous archival citation in the same note sequence (or, in
 * running text, the same document): "Ibid., d. 615" takes the archive, fond and opis of the citation before it;
 * a bare "Ibid." takes everything. A bare "Ibid." after a printed source, or with no archival citation before it,
 * is an Ibid. of that printed source. Fields above the first printed level are inherited, and listed.
 */
export const resolveReferences: CitationRefiner = {
  name: 'resolve-references',
  refine(candidates, context) {
    const previousIn = new Map<string, CitationCandidate>()
    const resolved: CitationCandidate[] = []
    for (const candidate of [...candidates].sort((a, b) => a.span.start - b.span.start)) {
      const sequence = context.sequenceOf(candidate.span)
      const result = resolveOne(candidate, previousIn.get(sequence), context)
      if (result === undefined) continue
      resolved.push(result)
      if (result.kind !== 'bibliographic-ibid') previousIn.set(sequence, result)
    }
    return resolved
  },
}

function resolveOne(
  candidate: CitationCandidate,
  previous: CitationCandidate | undefined,
  context: CitationContext,
): CitationCandidate | undefined {
  if (candidate.kind === 'full' || candidate.kind === 'bibliographic-ibid') return candidate
  const bare = Object.keys(candidate.fields).length === 0
  const gap = previous === undefined ? '' : context.text.slice(previous.span.end, candidate.span.start)
  if (
    candidate.kind === 'ibid' &&
    bare &&
    (previous === undefined || PRINTED_SOURCE.some((sign) => sign.test(gap)))
  ) {
    return { ...candidate, kind: 'bibliographic-ibid' }
  }
  if (previous === undefined || (candidate.kind === 'continuation' && !CONTINUATION_GAP.test(gap))) {
    reportUnresolved(candidate, context)
    return undefined
  }
  return inherit(candidate, previous)
}

function inherit(candidate: CitationCandidate, previous: CitationCandidate): CitationCandidate {
  const printed = CITATION_LEVELS.filter((level) => hasLevel(candidate.fields, level))
  const firstPrinted =
    printed.length === 0 ? CITATION_LEVELS.length : CITATION_LEVELS.indexOf(printed[0] ?? 'list')
  const fields: CitationFields = { ...candidate.fields }
  const inherited: CitationLevel[] = []
  for (const level of CITATION_LEVELS.slice(0, firstPrinted)) {
    if (!hasLevel(previous.fields, level)) continue
    copyLevel(fields, previous.fields, level)
    inherited.push(level)
  }
  return { ...candidate, fields, inherited }
}

function hasLevel(fields: CitationFields, level: CitationLevel): boolean {
  return fields[level] !== undefined
}

function copyLevel(target: CitationFields, source: CitationFields, level: CitationLevel): void {
  if (level === 'list') {
    if (source.list !== undefined) target.list = source.list
    if (source.listEnd !== undefined) target.listEnd = source.listEnd
    if (source.lists !== undefined) target.lists = source.lists
    return
  }
  const value = source[level]
  if (value !== undefined) target[level] = value
}

function reportUnresolved(candidate: CitationCandidate, context: CitationContext): void {
  const printed = quoteSpan(context.text, candidate.span, 0).exact.replace(/\s+/g, ' ')
  context.report({
    severity: 'warning',
    reason:
      candidate.kind === 'continuation'
        ? `Cannot parse archival citation "${printed}": it does not follow a citation it could continue`
        : `Cannot resolve "${printed}": no earlier archival citation in the same note sequence or document`,
    source: 'annotate',
    ruleId: 'unparsed-citation',
    place: candidate.span,
  })
}
