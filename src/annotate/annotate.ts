import type { Document, Mention, SegmentResult, SourceText, Span, StageContext } from '../core/index.ts'
import type { AnnotateOptions } from './annotate-options.ts'
import { findCitations } from './citations/find-citations.ts'
import { findDates } from './dates/find-dates.ts'
import { findNames } from './names/find-names.ts'

/**
 * Finds the mentions in a segmented source: dates, archival citations, and names of people, bodies, places and
 * events. Mentions inside non-prose spans (OCR gibberish) are dropped; each gets its innermost document.
 * @example annotate(text, segments, { authority }, context).filter((m) => m.type === 'date')
 */
export function annotate(
  text: SourceText,
  segments: SegmentResult,
  options: AnnotateOptions,
  context: StageContext,
): Mention[] {
  const found: Mention[] = [
    ...findDates(text, segments, context),
    ...findCitations(text, segments, context),
    ...findNames(text, segments, options, context),
  ]
  const inProse = found.filter((mention) => !text.nonProse.some((span) => overlaps(span, mention.span)))
  const locate = createDocumentLocator(segments.documents)
  return inProse
    .map((mention) => {
      if (mention.documentId !== undefined) return mention
      const doc = locate(mention.span)
      return doc === undefined ? mention : { ...mention, documentId: doc.id }
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** Finds the innermost document containing a span (documents are few; a linear scan per mention is cheap enough). */
function createDocumentLocator(documents: readonly Document[]): (span: Span) => Document | undefined {
  const sorted = [...documents].sort((a, b) => b.span.start - a.span.start || a.span.end - b.span.end)
  return (span) => {
    let best: Document | undefined
    for (const doc of sorted) {
      if (doc.span.start > span.start || doc.span.end < span.end) continue
      if (best === undefined || doc.span.end - doc.span.start < best.span.end - best.span.start) best = doc
    }
    return best
  }
}
