import type { DocumentRecord, NoteRecord, Provenance, SourceEdition } from '../core/index.ts'

const within = (doc: DocumentRecord, provenance: Provenance) =>
  provenance.span.start >= doc.provenance.span.start && provenance.span.end <= doc.provenance.span.end

/** The notes of a document: those its markers link to, and those set inside it. */
export function notesOfDocument(doc: DocumentRecord, edition: SourceEdition): NoteRecord[] {
  const linked = new Set(
    edition.markers
      .filter((m) => within(doc, m.provenance) && m.noteId !== undefined)
      .map((m) => m.noteId as string),
  )
  return edition.notes.filter((note) => linked.has(note.id) || note.documentId === doc.id)
}

/** The document's text without the texts of its notes (shown apart, each with its label). */
export function bodyWithoutNotes(doc: DocumentRecord, notes: readonly NoteRecord[]): string {
  const cuts = notes
    .map((note) => note.textSpan)
    .filter((span) => span.start >= doc.textSpan.start && span.end <= doc.textSpan.end)
    .map((span) => {
      // From the start of the note's line (its label) to its end.
      const lineStart = doc.text.lastIndexOf('\n', span.start - doc.textSpan.start - 1) + 1
      return { start: lineStart, end: span.end - doc.textSpan.start }
    })
    .sort((a, b) => a.start - b.start)
  let body = ''
  let cursor = 0
  for (const cut of cuts) {
    if (cut.start > cursor) body += doc.text.slice(cursor, cut.start)
    cursor = Math.max(cursor, cut.end)
  }
  body += doc.text.slice(cursor)
  return body.replace(/\n{3,}/g, '\n\n').trim()
}
