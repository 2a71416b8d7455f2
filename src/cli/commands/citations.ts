import type { Command } from 'commander'
import type { ArchivalCitation } from '../../core/index.ts'
import { groupCitations } from '../../query/index.ts'
import { openStore } from '../open-store.ts'
import { printJson, printLine } from '../output.ts'

/** A citation's locator without the archive: `f. 17, op. 3, d. 510, l. 5`. */
export function formatLocator(c: ArchivalCitation): string {
  const parts = [
    c.fond === undefined ? undefined : `f. ${c.fond}`,
    c.opis === undefined ? undefined : `op. ${c.opis}`,
    c.delo === undefined ? undefined : `d. ${c.delo}`,
    c.volume === undefined ? undefined : `vol. ${c.volume}`,
    c.list === undefined
      ? undefined
      : c.listEnd === undefined
        ? `l. ${c.list}`
        : `ll. ${c.list}–${c.listEnd}`,
  ]
  return parts.filter((p) => p !== undefined).join(', ')
}

export function registerCitationsCommand(program: Command): void {
  program
    .command('citations')
    .description('List archival references grouped by archive and fond, each with where it is cited')
    .option('--source <id-or-file>', 'only this source')
    .option('--json', 'print as JSON')
    .action(async (options: { source?: string; json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const mentions = await store.listMentions({
          types: ['citation'],
          ...(options.source === undefined ? {} : { source: options.source }),
        })
        const names = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
        const groups = groupCitations(mentions, names)
        if (options.json) return printJson(groups)
        for (const { archive, fonds } of groups) {
          printLine(archive)
          for (const { fond, citations } of fonds) {
            printLine(`  fond ${fond} (${citations.length})`)
            for (const c of citations) {
              const ibid = c.ibid ? ' (Ibid.)' : ''
              printLine(`    ${formatLocator(c as ArchivalCitation)}${ibid}  — ${c.file}:${c.line}`)
            }
          }
        }
        printLine(`\n${mentions.length} citations in ${groups.length} archives`)
      } finally {
        await store.close()
      }
    })
}
