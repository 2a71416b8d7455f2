import type { Command } from 'commander'
import type { ArchivalCitation, MentionRecord } from '../../core/index.ts'
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

/** Citations grouped by archive, then by fond. */
export function groupCitations(mentions: readonly MentionRecord[]) {
  const groups = new Map<string, Map<string, MentionRecord[]>>()
  for (const mention of mentions) {
    if (mention.citation === undefined) continue
    const archive = mention.citation.archive ?? '(archive not named)'
    const fond = mention.citation.fond ?? '(no fond)'
    const byFond = groups.get(archive) ?? new Map<string, MentionRecord[]>()
    byFond.set(fond, [...(byFond.get(fond) ?? []), mention])
    groups.set(archive, byFond)
  }
  return groups
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
        const groups = groupCitations(mentions)
        if (options.json) {
          return printJson(
            [...groups].map(([archive, byFond]) => ({
              archive,
              fonds: [...byFond].map(([fond, list]) => ({
                fond,
                citations: list.map((m) => ({
                  ...m.citation,
                  surface: m.surface,
                  file: names.get(m.sourceId) ?? '',
                  line: m.provenance.lineStart,
                })),
              })),
            })),
          )
        }
        for (const [archive, byFond] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
          printLine(archive)
          const fonds = [...byFond].sort((a, b) => a[0].localeCompare(b[0], undefined, { numeric: true }))
          for (const [fond, list] of fonds) {
            printLine(`  fond ${fond} (${list.length})`)
            for (const m of list) {
              const c = m.citation as ArchivalCitation
              const ibid = c.ibid ? ' (Ibid.)' : ''
              printLine(
                `    ${formatLocator(c)}${ibid}  — ${names.get(m.sourceId) ?? ''}:${m.provenance.lineStart}`,
              )
            }
          }
        }
        printLine(`\n${mentions.length} citations in ${groups.size} archives`)
      } finally {
        await store.close()
      }
    })
}
