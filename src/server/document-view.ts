import type { DateRecord, DocumentRecord, Provenance, SourceEdition } from '../core/index.ts'
import { bodyWithoutNotes, notesOfDocument } from '../query/index.ts'
import type { DocumentReuse } from './document-reuse.ts'
import { renderHtml } from './render-html.ts'

/** A date as a list shows it: as printed, as normalised, and how certain. */
const dateSummary = (date: DateRecord | undefined) =>
  date && { text: date.text, iso: date.iso, qualifier: date.qualifier, bound: date.bound }

/** A document as a list shows it: metadata and where it stands in the original file, without its text. */
export function toListedDocument(doc: DocumentRecord, file: string) {
  return {
    id: doc.id,
    sourceId: doc.sourceId,
    file,
    type: doc.type,
    number: doc.number,
    title: doc.title,
    parentId: doc.parentId,
    editorialDate: dateSummary(doc.editorialDate),
    date: dateSummary(doc.date),
    headerDate: doc.headerDate?.text,
    signoffDate: doc.signoffDate?.text,
    place: doc.place?.text,
    author: doc.author,
    addressees: doc.addressees,
    signer: doc.signer?.text,
    lines: { start: doc.provenance.lineStart, end: doc.provenance.lineEnd },
  }
}

/** Whether a passage lies inside a document. */
const within = (doc: DocumentRecord, provenance: Provenance) =>
  provenance.span.start >= doc.provenance.span.start && provenance.span.end <= doc.provenance.span.end

const place = (p: Provenance) => ({ line: p.lineStart, start: p.span.start, end: p.span.end })

/**
 * Everything the reader shows of one document: metadata, text and its sanitised HTML, notes with their markers,
 * editorial spans, mentions with entity ids, witnesses, text reuse (see document-reuse.ts) and the previous and
 * next documents of its kind.
 */
export function toDocumentView(
  doc: DocumentRecord,
  edition: SourceEdition,
  reuse: readonly DocumentReuse[] = [],
) {
  const notes = notesOfDocument(doc, edition)
  const body = bodyWithoutNotes(doc, notes)
  const siblings = edition.documents.filter((d) => d.type === doc.type).sort((a, b) => a.order - b.order)
  const index = siblings.findIndex((d) => d.id === doc.id)
  return {
    document: toListedDocument(doc, edition.source.name),
    text: body,
    html: renderHtml(body),
    notes: notes.map((note) => ({
      id: note.id,
      label: note.label,
      kind: note.kind,
      text: note.text,
      html: renderHtml(note.text),
      ...place(note.provenance),
    })),
    markers: edition.markers
      .filter((m) => within(doc, m.provenance))
      .map((m) => ({ label: m.label, noteId: m.noteId ?? null, ...place(m.provenance) })),
    editorial: edition.editorial
      .filter((e) => within(doc, e.provenance))
      .map((e) => ({ text: e.provenance.quote.exact, ...place(e.provenance) })),
    insertions: doc.insertions,
    mentions: edition.mentions
      .filter((m) => within(doc, m.provenance))
      .map((m) => ({
        type: m.type,
        surface: m.surface,
        entityId: m.entityId ?? null,
        entityName: m.entityName ?? null,
        ...(m.iso === undefined ? {} : { iso: m.iso }),
        ...(m.citation === undefined ? {} : { citation: m.citation }),
        ...place(m.provenance),
      })),
    witnesses: edition.witnesses.filter((w) => w.documentId === doc.id),
    reuse,
    previous: siblings[index - 1]?.id ?? null,
    next: siblings[index + 1]?.id ?? null,
  }
}
