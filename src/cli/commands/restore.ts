import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { type SourceEdition, UsageError } from '../../core/index.ts'
import { fromJson } from '../../export/index.ts'
import { type ReuseSummary, updateReuse } from '../../importer/index.ts'
import { createSqliteStore, type Store } from '../../store/index.ts'
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

/**
 * Saves every edition into a throwaway in-memory store first, so that an edition that no store would take stops
 * the restore with a usage error that names its source.
 */
async function dryRun(file: string, editions: readonly SourceEdition[]): Promise<void> {
  const scratch = createSqliteStore({ path: ':memory:' })
  try {
    for (const edition of editions) {
      try {
        await scratch.saveEdition(edition)
      } catch (error) {
        throw new UsageError(
          `"${file}" cannot be restored: source "${edition.source.name}" is refused by the store: ${(error as Error).message}`,
          { cause: error },
        )
      }
    }
  } finally {
    await scratch.close()
  }
}

/**
 * Saves the editions into the real store in one transaction (a source the store refuses, e.g. for ids that
 * another source already holds, leaves it as it was), then finds text reuse again over everything it holds.
 */
async function save(file: string, store: Store, editions: readonly SourceEdition[]): Promise<ReuseSummary> {
  try {
    await store.saveEditions(editions)
  } catch (error) {
    throw new UsageError(
      `"${file}" cannot be restored into this store, which is left as it was: ${(error as Error).message}`,
      { cause: error },
    )
  }
  return updateReuse(store)
}

/** Registers `fond restore <file>`. */
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
        'The file is checked before anything is written (required fields, unique ids, offsets, quotes and lines ' +
        'against each original file), then every source is saved into a scratch store in memory; only if all ' +
        'succeed are they saved, all in one transaction (the store is left as it was if it refuses one). Text ' +
        'reuse is then found again over the whole store.',
    )
    .action(async (file: string, options: { json?: boolean }) => {
      const editions = readEditions(file)
      await dryRun(file, editions)
      const globals = program.opts<{ db?: string }>()
      const store = await openStore(globals.db)
      try {
        const reuse = await save(file, store, editions)
        const rows = editions.map((e) => ({
          source: e.source.name,
          documents: e.documents.length,
          mentions: e.mentions.length,
          facts: e.facts.length,
        }))
        if (options.json) return printJson({ db: resolveDbPath(globals.db), restored: rows, reuse })
        printLine(
          formatTable(
            ['source', 'documents', 'mentions', 'facts'],
            rows.map((r) => [r.source, r.documents, r.mentions, r.facts]),
          ),
        )
        printLine(`\n${rows.length} sources restored — store: ${resolveDbPath(globals.db)}`)
        printLine(
          `${reuse.pairs} pairs of passages shared by two documents, in ${reuse.documents} documents searched for text reuse (see \`fond reuse\`)`,
        )
      } finally {
        await store.close()
      }
    })
}
