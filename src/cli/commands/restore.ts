import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { UsageError } from '../../core/index.ts'
import { fromJson } from '../../export/index.ts'
import { openStore, resolveDbPath } from '../open-store.ts'
import { formatTable, printJson, printLine } from '../output.ts'

/** Reads a JSON export, or explains in one usage error why the file cannot be restored. */
function readEditions(file: string) {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(
      `Cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    )
  }
  const result = fromJson(text)
  if (!result.ok)
    throw new UsageError(
      `"${file}" is not an edition exported by \`fond export --format json\`:\n  ${result.problems.join('\n  ')}`,
    )
  return result.editions
}

export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description(
      'Load an edition written by `fond export --format json` into the store, exactly as exported (sources with the same id are replaced)',
    )
    .argument('<file>', 'the JSON file')
    .option('--json', 'print what was restored as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  fond export --format json > edition.json\n  fond --db team.db restore edition.json\n\n' +
        'The file is checked before anything is written (shape, unique ids, offsets inside each original file); ' +
        'each source is saved in one transaction.',
    )
    .action(async (file: string, options: { json?: boolean }) => {
      const editions = readEditions(file)
      const globals = program.opts<{ db?: string }>()
      const store = await openStore(globals.db)
      try {
        for (const edition of editions) await store.saveEdition(edition)
        const rows = editions.map((e) => ({
          source: e.source.name,
          documents: e.documents.length,
          mentions: e.mentions.length,
          facts: e.facts.length,
        }))
        if (options.json) return printJson({ db: resolveDbPath(globals.db), restored: rows })
        printLine(
          formatTable(
            ['source', 'documents', 'mentions', 'facts'],
            rows.map((r) => [r.source, r.documents, r.mentions, r.facts]),
          ),
        )
        printLine(`\n${rows.length} sources restored — store: ${resolveDbPath(globals.db)}`)
      } finally {
        await store.close()
      }
    })
}
