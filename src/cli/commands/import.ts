import { SingleBar } from 'cli-progress'
import type { Command } from 'commander'
import { authorityFolders, displayName, importSources, loadAuthority } from '../../importer/index.ts'
import { openStore, resolveDbPath } from '../open-store.ts'
import { EXIT, formatTable, printJson, printLine } from '../output.ts'
import { wholeNumber } from '../whole-number.ts'

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import files or folders of sources into the edition (unchanged files are skipped)')
    .argument('<path...>', 'files or folders to import')
    .option('--json', 'print the outcome of each file as JSON')
    .option('--force', 're-import files even when their content is unchanged')
    .option(
      '--jobs <n>',
      'files the pipeline works on at once (worker threads; 1 = this thread)',
      wholeNumber('--jobs', 1, 64),
    )
    .option('--strict', `exit with code ${EXIT.problems} when any file has error diagnostics`)
    .action(
      async (
        paths: string[],
        options: { json?: boolean; force?: boolean; strict?: boolean; jobs?: number },
      ) => {
        const globals = program.opts<{ db?: string; authority?: string }>()
        const authority = loadAuthority(authorityFolders(globals.authority))
        const store = await openStore(globals.db)
        const bar =
          process.stderr.isTTY && !options.json
            ? new SingleBar({ format: ' {bar} {value}/{total} {file}' })
            : undefined
        try {
          let started = false
          let reuse: { pairs: number; documents: number; milliseconds: number } | undefined
          const outcomes = await importSources(paths, store, {
            onReuse(summary) {
              reuse = summary
            },
            force: options.force ?? false,
            authority,
            ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
            onProgress(done, total, outcome) {
              if (bar === undefined) return
              if (!started) {
                bar.start(total, 0, { file: '' })
                started = true
              }
              bar.update(done, { file: displayName(outcome.path) })
            },
          })
          bar?.stop()
          const totals = {
            files: outcomes.length,
            imported: outcomes.filter((o) => o.status === 'imported' || o.status === 'replaced').length,
            unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
            failed: outcomes.filter((o) => o.status === 'failed').length,
            errors: outcomes.reduce((n, o) => n + o.errors, 0),
            warnings: outcomes.reduce((n, o) => n + o.warnings, 0),
          }
          if (options.json)
            printJson({ db: resolveDbPath(globals.db), totals, files: outcomes, ...(reuse ? { reuse } : {}) })
          else {
            printLine(
              formatTable(
                ['file', 'status', 'documents', 'notes', 'errors', 'warnings', 'ms'],
                outcomes.map((o) => [
                  displayName(o.path),
                  o.status,
                  o.documents,
                  o.notes,
                  o.errors,
                  o.warnings,
                  Math.round(o.milliseconds),
                ]),
              ),
            )
            printLine(
              `\n${totals.imported} imported, ${totals.unchanged} unchanged, ${totals.failed} failed; ` +
                `${totals.errors} errors and ${totals.warnings} warnings (see \`fond diagnostics\`) — store: ${resolveDbPath(globals.db)}`,
            )
            if (reuse !== undefined)
              printLine(
                `${reuse.pairs} pairs of passages shared by two documents, in ${reuse.documents} documents searched for text reuse (see \`fond reuse\`)`,
              )
          }
          if (options.strict && totals.errors > 0) process.exitCode = EXIT.problems
        } finally {
          await store.close()
        }
      },
    )
}
