import type { Document, DocumentType } from '../core/index.ts'

/** Units of a book or article, which hold primary documents when both cover the same stretch of text. */
const STRUCTURAL: ReadonlySet<DocumentType> = new Set([
  'source',
  'front-matter',
  'part',
  'chapter',
  'section',
  'article',
  'glossary',
  'index',
  'back-matter',
  'facsimiles',
])

/**
 * Fits documents found by different rules into one tree by the text they cover: each document goes under the
 * smallest document that contains it, so a quoted letter goes under the section it stands in, and the numbered
 * sections of a quoted letter go under the letter. Where a structural unit and a primary document cover the same
 * text, the structural unit is the outer one. Orders the result depth-first (by position, outer before inner).
 * @example nestDocuments([root, section, quotedLetter]).find((d) => d === quotedLetter)?.parentId // section.id
 */
export function nestDocuments(documents: readonly Document[]): Document[] {
  const sorted = [...documents].sort(compareOuterFirst)
  return sorted.map((doc, order) => {
    const container = doc.type === 'source' ? undefined : innermost(sorted, doc)
    const parentId = container?.id ?? doc.parentId
    if (parentId === doc.parentId && order === doc.order) return doc
    return parentId === undefined ? { ...doc, order } : { ...doc, parentId, order }
  })
}

/** The smallest document other than `doc` that contains it (of two with the same span, the outer one). */
function innermost(documents: readonly Document[], doc: Document) {
  let best: Document | undefined
  for (const other of documents) {
    if (other === doc || !contains(other, doc)) continue
    if (sameSpan(other, doc) && compareOuterFirst(other, doc) > 0) continue
    if (best === undefined || contains(best, other)) best = other
  }
  return best
}

function contains(outer: Document, inner: Document): boolean {
  return outer.span.start <= inner.span.start && outer.span.end >= inner.span.end
}

function sameSpan(a: Document, b: Document): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end
}

/** By start; the longer first; for the same span, structural units before primary documents. */
function compareOuterFirst(a: Document, b: Document): number {
  if (a.span.start !== b.span.start) return a.span.start - b.span.start
  if (a.span.end !== b.span.end) return b.span.end - a.span.end
  if (a.type === 'source' || b.type === 'source') return a.type === 'source' ? -1 : 1
  const rank = (doc: Document) => (STRUCTURAL.has(doc.type) ? 0 : 1)
  return rank(a) - rank(b) || a.order - b.order
}
