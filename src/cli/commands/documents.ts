import type { Command } from 'commander'
import type { DocumentRecord, DocumentType } from '../../core/index.ts'
import { DOCUMENT_TYPES, UsageError } from '../../core/index.ts'
import { openStore } from '../open-store.ts'
import { formatTable, printJson, printLine } from '../output.ts'

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** Parses `--type letter,telegram` into document types, or throws a UsageError naming the bad one. */
export function parseTypes(value: string | undefined): DocumentType[] | undefined {
  if (value === undefined) return undefined
  return value.split(',').map((type) => {
    const trimmed = type.trim()
    if (!(DOCUMENT_TYPES as readonly string[]).includes(trimmed)) {
      throw new UsageError(`Unknown document type "${trimmed}": use one of ${DOCUMENT_TYPES.join(', ')}`)
    }
    return trimmed as DocumentType
  })
}

function parseDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined
  if (!DATE_PATTERN.test(value))
    throw new UsageError(`Invalid ${option} "${value}": use YYYY, YYYY-MM or YYYY-MM-DD`)
  return value
}

/** The JSON shape of a listed document: metadata and where it stands in the original file. */
export function toListedDocument(doc: DocumentRecord, sourceName: string) {
  const field = (f: { text: string; line: number } | undefined) =>
    f === undefined ? undefined : { text: f.text, line: f.line }
  return {
    id: doc.id,
    source: doc.sourceId,
    file: sourceName,
    type: doc.type,
    number: doc.number,
    title: doc.title,
    parentId: doc.parentId,
    editorialDate: doc.editorialDate && {
      text: doc.editorialDate.text,
      iso: doc.editorialDate.iso,
      qualifier: doc.editorialDate.qualifier,
      bound: doc.editorialDate.bound,
      line: doc.editorialDate.line,
    },
    headerDate: field(doc.headerDate),
    signoffDate: field(doc.signoffDate),
    date: doc.date && {
      text: doc.date.text,
      iso: doc.date.iso,
      qualifier: doc.date.qualifier,
      bound: doc.date.bound,
    },
    place: doc.place?.text,
    author: doc.author,
    addressees: doc.addressees,
    signer: doc.signer?.text,
    lines: { start: doc.provenance.lineStart, end: doc.provenance.lineEnd },
  }
}

export function registerDocumentsCommand(program: Command): void {
  program
    .command('documents')
    .description('List documents, filtered by source, type and date range')
    .option('--source <id-or-file>', 'only documents of this source (id or file name)')
    .option('--type <types>', 'comma-separated types, e.g. letter,telegram')
    .option('--from <date>', 'dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'dated on or before (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10))
    .option('--json', 'print as JSON')
    .action(
      async (options: {
        source?: string
        type?: string
        from?: string
        to?: string
        limit?: number
        json?: boolean
      }) => {
        const types = parseTypes(options.type)
        const from = parseDate(options.from, '--from')
        const to = parseDate(options.to, '--to')
        const store = await openStore(program.opts<{ db?: string }>().db)
        try {
          const docs = await store.listDocuments({
            ...(options.source === undefined ? {} : { source: options.source }),
            ...(types === undefined ? {} : { types }),
            ...(from === undefined ? {} : { from }),
            ...(to === undefined ? {} : { to }),
            ...(options.limit === undefined ? {} : { limit: options.limit }),
          })
          const names = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
          const listed = docs.map((doc) => toListedDocument(doc, names.get(doc.sourceId) ?? ''))
          if (options.json) return printJson(listed)
          printLine(
            formatTable(
              ['id', 'type', 'no.', 'date', 'title', 'file', 'lines'],
              listed.map((d) => [
                d.id,
                d.type,
                d.number ?? '',
                d.editorialDate?.iso ?? d.date?.iso ?? d.editorialDate?.text ?? '',
                d.title.slice(0, 48),
                d.file.slice(0, 12),
                `${d.lines.start}-${d.lines.end}`,
              ]),
            ),
          )
          printLine(`\n${listed.length} documents`)
        } finally {
          await store.close()
        }
      },
    )
}
