import type { ReusePassageRecord, ReuseRecord } from '../core/index.ts'
import type { Store } from '../store/index.ts'

/** One side of a reuse pair as the API shows it: raw offsets into its source file, lines, and the quoted text. */
function passageOf(side: ReusePassageRecord) {
  const { span, lineStart, lineEnd, quote } = side.provenance
  return { start: span.start, end: span.end, lineStart, lineEnd, quote: quote.exact }
}

/** A reuse item seen from one of its documents: the passage here and the passage in the other document. */
export type DocumentReuse = ReturnType<typeof toDocumentReuse>

function toDocumentReuse(item: ReuseRecord, documentId: string, titles: ReadonlyMap<string, string>) {
  const [here, other] = item.a.documentId === documentId ? [item.a, item.b] : [item.b, item.a]
  return {
    id: item.id,
    score: item.score,
    rule: item.rule,
    here: passageOf(here),
    other: {
      sourceId: other.sourceId as string,
      documentId: other.documentId as string,
      documentTitle: titles.get(other.documentId) ?? '',
      ...passageOf(other),
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
