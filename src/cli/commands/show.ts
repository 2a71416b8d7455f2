import type { Command } from 'commander'
import type { DocumentRecord, NoteRecord, SourceEdition } from '../../core/index.ts'
import { NotFoundError } from '../../core/index.ts'
import { openStore } from '../open-store.ts'
import { printJson, printLine } from '../output.ts'

/**
 * The document's text without the texts of its notes (they are printed after it, each with its label), so that a
 * reader sees the running text once and every note once.
 */
export function bodyWithoutNotes(doc: DocumentRecord, notes: readonly NoteRecord[]): string {
  const cuts = notes
    .map((note) => note.textSpan)
    .filter((span) => span.start >= doc.textSpan.start && span.end <= doc.textSpan.end)
    .map((span) => {
      // Cut from the start of the note's line (its label) to its end.
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

/** The notes that belong to a document: those linked from markers inside it, and those set inside it. */
export function notesOfDocument(doc: DocumentRecord, edition: SourceEdition): NoteRecord[] {
  const { start, end } = doc.provenance.span
  const inside = (span: { start: number; end: number }) => span.start >= start && span.end <= end
  const linked = new Set(
    edition.markers
      .filter((m) => inside(m.provenance.span) && m.noteId !== undefined)
      .map((m) => m.noteId as string),
  )
  return edition.notes.filter((note) => linked.has(note.id) || note.documentId === doc.id)
}

export function registerShowCommand(program: Command): void {
  program
    .command('show')
    .description('Show a document: its metadata, its text and its notes')
    .argument('<id>', 'document id (see `fond documents`)')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const doc = await store.findDocument(id)
        if (doc === undefined) throw new NotFoundError('document', id)
        const edition = await store.loadEdition(doc.sourceId)
        const notes = edition === undefined ? [] : notesOfDocument(doc, edition)
        const markers = edition?.markers.filter(
          (m) =>
            m.provenance.span.start >= doc.provenance.span.start &&
            m.provenance.span.end <= doc.provenance.span.end,
        )
        if (options.json) return printJson({ document: doc, notes, markers })
        const file = edition?.source.name ?? doc.sourceId
        printLine(`${doc.title}  [${doc.type}${doc.number === undefined ? '' : ` ${doc.number}`}]`)
        printLine(`${file}, lines ${doc.provenance.lineStart}–${doc.provenance.lineEnd} · ${doc.id}`)
        const meta: [string, string | undefined][] = [
          [
            'Editorial date',
            doc.editorialDate &&
              `${doc.editorialDate.text} → ${doc.editorialDate.iso ?? ''}${doc.editorialDate.qualifier === 'exact' ? '' : ` (${doc.editorialDate.qualifier}${doc.editorialDate.bound === undefined ? '' : ` ${doc.editorialDate.bound}`})`}`,
          ],
          ['Date', doc.date && `${doc.date.text} → ${doc.date.iso ?? doc.date.bound ?? ''}`],
          ['Header date', doc.headerDate?.text],
          ['Sign-off', doc.signoffDate?.text],
          ['Place', doc.place?.text],
          ['Author', doc.author],
          ['To', doc.addressees.length > 0 ? doc.addressees.join('; ') : undefined],
          ['Signed', doc.signer?.text],
        ]
        for (const [label, value] of meta)
          if (value !== undefined && value !== '') printLine(`${label}: ${value}`)
        printLine()
        printLine(bodyWithoutNotes(doc, notes))
        if (notes.length > 0) {
          printLine('\nNotes')
          for (const note of notes) printLine(`  ${note.label}. ${note.text.trim().replace(/\s+/g, ' ')}`)
        }
      } finally {
        await store.close()
      }
    })
}
