import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { Command } from 'commander'
import { type SourceEdition, UsageError } from '../../core/index.ts'
import {
  CSV_KINDS,
  type CsvKind,
  EXPORT_FORMATS as FORMATS,
  type ExportFormat as Format,
  needsEntities,
  renderExport,
  toTei,
} from '../../export/index.ts'
import { loadEditions } from '../../store/index.ts'
import { openStore } from '../open-store.ts'

interface ExportOptions {
  format: string
  source?: string
  kind?: string
  out?: string
}

function checkOptions(options: ExportOptions): { format: Format; kind: CsvKind } {
  if (!(FORMATS as readonly string[]).includes(options.format))
    throw new UsageError(`Unknown format "${options.format}": use one of ${FORMATS.join(', ')}`)
  const kind = options.kind ?? 'entities'
  if (!(CSV_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`Unknown kind "${kind}": use one of ${CSV_KINDS.join(', ')}`)
  return { format: options.format as Format, kind: kind as CsvKind }
}

/** Writes one TEI file per source into a folder. */
function writeTeiFolder(
  folder: string,
  editions: readonly SourceEdition[],
  render: (e: SourceEdition) => string,
) {
  mkdirSync(folder, { recursive: true })
  for (const edition of editions) {
    const name = `${basename(edition.source.name, extname(edition.source.name))}.xml`
    writeFileSync(join(folder, name), render(edition))
    process.stderr.write(`wrote ${join(folder, name)}\n`)
  }
}

function output(text: string, out: string | undefined): void {
  if (out === undefined) process.stdout.write(text)
  else writeFileSync(out, text)
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'Export the edition in standard formats: TEI P5, CMIF, CSV, JSON-LD, CSL-JSON, BibTeX or JSON',
    )
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .option(
      '--source <id-or-file>',
      'only this source (TEI: required when printing to stdout and several are stored)',
    )
    .option('--kind <kind>', `for CSV: ${CSV_KINDS.join(', ')}`, 'entities')
    .option(
      '--out <file-or-folder>',
      'write here instead of stdout (TEI of several sources: a folder, one file each)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  fond export --format tei --out tei/\n  fond export --format csv --kind facts > facts.csv\n' +
        '  fond export --format json --source 001_letters.txt > edition.json',
    )
    .action(async (options: ExportOptions) => {
      const { format, kind } = checkOptions(options)
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const editions = await loadEditions(store, options.source)
        const entities = needsEntities(format) ? await store.listEntities() : []
        if (format === 'tei') {
          const render = (e: SourceEdition) => toTei(e, entities)
          const folder =
            options.out !== undefined &&
            (editions.length > 1 || (existsSync(options.out) && statSync(options.out).isDirectory()))
          if (folder) return writeTeiFolder(options.out as string, editions, render)
          if (editions.length !== 1)
            throw new UsageError('TEI is one file per source: give --source <id-or-file> or --out <folder>')
          return output(render(editions[0] as SourceEdition), options.out)
        }
        output(
          renderExport(format, editions, entities, { kind, single: options.source !== undefined }),
          options.out,
        )
      } finally {
        await store.close()
      }
    })
}
