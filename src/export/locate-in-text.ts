import type { SourceEdition, Span } from '../core/index.ts'

/** Finds where a stored item (raw offsets and the quoted text) stands in the edition's normalised text. */
export type TextLocator = (rawSpan: Span, exact: string) => Span | undefined

/** How far from the estimated position a quoted passage may stand (ingest shifts text by removals). */
const WINDOW = 400

/**
 * Builds a locator from the anchors every document and note gives (its raw start and its normalised start): the
 * raw offset is shifted by the nearest anchor before it, then the quoted text is looked up around that estimate,
 * taking the nearest occurrence. Items whose text ingest changed (a joined hyphen) are not found.
 * @example createTextLocator(edition)(marker.provenance.span, marker.provenance.quote.exact)
 */
export function createTextLocator(edition: Pick<SourceEdition, 'text' | 'documents' | 'notes'>): TextLocator {
  const anchors = [...edition.documents, ...edition.notes]
    .map((item) => ({ raw: item.provenance.span.start, norm: item.textSpan.start }))
    .sort((a, b) => a.raw - b.raw || a.norm - b.norm)
  const deltaAt = (raw: number): number => {
    let lo = 0
    let hi = anchors.length - 1
    let found = 0
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const anchor = anchors[mid] as { raw: number; norm: number }
      if (anchor.raw <= raw) {
        found = anchor.norm - anchor.raw
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }
  return (rawSpan, exact) => {
    if (exact === '') return undefined
    const estimate = rawSpan.start + deltaAt(rawSpan.start)
    if (edition.text.startsWith(exact, estimate)) return { start: estimate, end: estimate + exact.length }
    const from = Math.max(0, estimate - WINDOW)
    const window = edition.text.slice(from, estimate + WINDOW + exact.length)
    let best: number | undefined
    for (let at = window.indexOf(exact); at !== -1; at = window.indexOf(exact, at + 1)) {
      if (best === undefined || Math.abs(from + at - estimate) < Math.abs(best - estimate)) best = from + at
    }
    return best === undefined ? undefined : { start: best, end: best + exact.length }
  }
}
