import type { ReusePassageRecord, ReuseRecord, Span } from '../core/index.ts'
import type { Store } from '../store/index.ts'

/**
 * One side of a reuse pair as the API shows it: raw offsets into its source file, lines, the quoted text, and the
 * runs of words aligned with the other side as offsets into the quote.
 */
function passageOf(side: ReusePassageRecord, links: readonly Span[]) {
  const { span, lineStart, lineEnd, quote } = side.provenance
  const matches = links
    .filter((link) => link.start >= span.start && link.end <= span.end && link.start < link.end)
    .map((link) => [link.start - span.start, link.end - span.start])
  return { start: span.start, end: span.end, lineStart, lineEnd, quote: quote.exact, matches }
}

/** A reuse item seen from one of its documents: the passage here and the passage in the other document. */
export type DocumentReuse = ReturnType<typeof toDocumentReuse>

function toDocumentReuse(item: ReuseRecord, documentId: string, titles: ReadonlyMap<string, string>) {
  const hereIsA = item.a.documentId === documentId
  const [here, other] = hereIsA ? [item.a, item.b] : [item.b, item.a]
  const linksA = item.alignment.map((link) => link.a)
  const linksB = item.alignment.map((link) => link.b)
  return {
    id: item.id,
    score: item.score,
    rule: item.rule,
    here: passageOf(here, hereIsA ? linksA : linksB),
    other: {
      sourceId: other.sourceId as string,
      documentId: other.documentId as string,
      documentTitle: titles.get(other.documentId) ?? '',
      ...passageOf(other, hereIsA ? linksB : linksA),
    },
  }
}

/**
 * The text reuse listed on a document, best first: each passage it shares with another document, both passages
 * with raw offsets, lines and quotes, and the other document's title.
 * @example await documentReuse(store, 'doc:1') // [{ id, score, rule, here: {…}, other: {…} }]
 */
export async function documentReuse(store: Store, documentId: string): Promise<DocumentReuse[]> {
  const items = await store.listReuse({ documentId })
  const titles = new Map<string, string>()
  for (const item of items) {
    for (const side of [item.a, item.b]) {
      if (side.documentId === documentId || titles.has(side.documentId)) continue
      titles.set(side.documentId, (await store.findDocument(side.documentId))?.title ?? '')
    }
  }
  return items.map((item) => toDocumentReuse(item, documentId, titles))
}
