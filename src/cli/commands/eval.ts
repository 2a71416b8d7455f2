import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import type { SourceEdition } from '../../core/index.ts'
import { UsageError } from '../../core/index.ts'
import { NOT_YET_SCORED, runEval, SCORERS } from '../../eval/index.ts'
import { openStore } from '../open-store.ts'
import { EXIT, printJson, printLine } from '../output.ts'

/** The gold folder beside the project (../shared/gold), used when `--gold` is not given. */
export const DEFAULT_GOLD_DIR = fileURLToPath(new URL('../../../../shared/gold/', import.meta.url))

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Score the stored edition against hand-checked gold files (precision, recall, F1, accuracy)')
    .option('--gold <folder>', 'folder of gold TSV files', DEFAULT_GOLD_DIR)
    .option('--misses', 'list the gold rows that were got wrong')
    .option('--json', 'print one JSON object keyed by gold file name')
    .action(async (options: { gold: string; misses?: boolean; json?: boolean }) => {
      if (!existsSync(options.gold))
        throw new UsageError(`Cannot find the gold folder "${options.gold}": pass --gold <folder>`)
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const editions: SourceEdition[] = []
        for (const source of await store.listSources()) {
          const edition = await store.loadEdition(source.id)
          if (edition !== undefined) editions.push(edition)
        }
        if (editions.length === 0) {
          process.exitCode = EXIT.notFound
          return printLine('Nothing to score: import the corpus first (`fond import <folder>`)')
        }
        const report = runEval(editions, options.gold, SCORERS)
        if (options.json) {
          const out: Record<string, unknown> = {}
          for (const [key, score] of Object.entries(report.scores)) {
            out[key] = {
              metrics: score.metrics,
              counts: score.counts,
              ...(options.misses ? { misses: score.misses } : {}),
            }
          }
          for (const [file, reason] of Object.entries(NOT_YET_SCORED)) out[file] = { notScored: reason }
          return printJson(out)
        }
        for (const [key, score] of Object.entries(report.scores)) {
          const metrics = Object.entries(score.metrics)
            .map(([name, value]) => `${name} ${value.toFixed(3)}`)
            .join('  ')
          const counts = Object.entries(score.counts)
            .map(([name, value]) => `${name} ${value}`)
            .join(', ')
          printLine(`${key}\n  ${metrics}\n  (${counts})`)
          if (options.misses) for (const miss of score.misses) printLine(`    ✗ ${miss}`)
        }
        for (const [file, reason] of Object.entries(NOT_YET_SCORED))
          printLine(`${file}\n  not scored: ${reason}`)
        for (const file of report.notScored) printLine(`${file}\n  gold file missing`)
      } finally {
        await store.close()
      }
    })
}
