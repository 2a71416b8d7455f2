import type { Command } from 'commander'
import { openStore } from '../open-store.ts'
import { formatTable, printJson, printLine } from '../output.ts'

export function registerSourcesCommand(program: Command): void {
  program
    .command('sources')
    .description('List the imported sources with counts of what was found in each')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const sources = await store.listSources()
        if (options.json) return printJson(sources)
        if (sources.length === 0) return printLine('No sources imported yet: run `fond import <folder>`')
        printLine(
          formatTable(
            [
              'id',
              'file',
              'format',
              'title',
              'lines',
              'documents',
              'notes',
              'glossary',
              'index',
              'variants',
              'diagnostics',
            ],
            sources.map((s) => [
              s.id,
              s.name,
              s.format ?? '',
              (s.title ?? '').slice(0, 32),
              s.lineCount,
              s.documents,
              s.notes,
              s.glossaryEntries,
              s.indexEntries,
              s.variants,
              s.diagnostics,
            ]),
          ),
        )
      } finally {
        await store.close()
      }
    })
}
