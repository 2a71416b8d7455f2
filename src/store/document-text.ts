import type { DocumentRecord } from '../core/index.ts'

/**
 * Documents nest (a chapter holds its letters), so storing each document's text and quoted passage would store the
 * source many times over. Adapters store the source's raw and normalised text once, each document without its text
 * and quote, and put both back from the document's `textSpan` and provenance span when loading.
 */
export function withoutText(doc: DocumentRecord): string {
  const quote = { ...doc.provenance.quote, exact: '' }
  return JSON.stringify({ ...doc, text: '', provenance: { ...doc.provenance, quote } })
}

/** Puts a stored document's text and quoted passage back from its source's normalised and raw text. */
export function withText(
  stored: DocumentRecord,
  source: { readonly text: string; readonly raw: string },
): DocumentRecord {
  const { span, quote } = stored.provenance
  return {
    ...stored,
    text: source.text.slice(stored.textSpan.start, stored.textSpan.end),
    provenance: { ...stored.provenance, quote: { ...quote, exact: source.raw.slice(span.start, span.end) } },
  }
}

/**
 * The text that belongs to each document itself, without the text of the documents nested in it: what full-text
 * search indexes, so that a passage is found once, in the innermost document that holds it.
 */
export function ownTexts(documents: readonly DocumentRecord[], sourceText: string): Map<string, string> {
  const children = new Map<string, DocumentRecord[]>()
  for (const doc of documents) {
    if (doc.parentId === undefined) continue
    const list = children.get(doc.parentId) ?? []
    list.push(doc)
    children.set(doc.parentId, list)
  }
  const result = new Map<string, string>()
  for (const doc of documents) {
    const inner = (children.get(doc.id) ?? [])
      .map((child) => child.textSpan)
      .sort((a, b) => a.start - b.start)
    const parts: string[] = []
    let cursor = doc.textSpan.start
    for (const span of inner) {
      if (span.start > cursor) parts.push(sourceText.slice(cursor, Math.min(span.start, doc.textSpan.end)))
      cursor = Math.max(cursor, span.end)
    }
    if (cursor < doc.textSpan.end) parts.push(sourceText.slice(cursor, doc.textSpan.end))
    result.set(doc.id, parts.join('\n'))
  }
  return result
}
