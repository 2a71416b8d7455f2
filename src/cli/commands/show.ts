import type { Command } from 'commander'
import { NotFoundError } from '../../core/index.ts'
import { bodyWithoutNotes, notesOfDocument } from '../../query/index.ts'
import { openStore } from '../open-store.ts'
import { printJson, printLine } from '../output.ts'

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
