import type { Command } from 'commander'
import { findConflicts, formatPassage } from '../../query/index.ts'
import { openStore } from '../open-store.ts'
import { printJson, printLine } from '../output.ts'
import { label, loadLabels, passageJson } from './facts.ts'

export function registerConflictsCommand(program: Command): void {
  program
    .command('conflicts')
    .description(
      "List where the sources disagree (dates of one event, a letter's header and sign-off), each claim with its passage",
    )
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const conflicts = findConflicts(await store.listFacts())
        const labels = await loadLabels(store)
        if (options.json) {
          return printJson(
            conflicts.map((c) => ({
              kind: c.kind,
              subject: c.subject,
              subjectName: label(labels, c.subject),
              predicate: c.predicate,
              ...(c.object === undefined ? {} : { object: c.object }),
              description: c.description,
              claims: c.claims.map((claim) => ({
                value: claim.value,
                fact: claim.fact.id,
                passages: claim.passages.map((p) => passageJson(p, labels)),
              })),
            })),
          )
        }
        for (const conflict of conflicts) {
          printLine(`${conflict.kind}  ${label(labels, conflict.subject)}: ${conflict.description}`)
          for (const claim of conflict.claims) {
            for (const passage of claim.passages) {
              printLine(
                `  "${claim.value}"  ${formatPassage(passage, labels.files.get(passage.sourceId) ?? passage.sourceId, 70)}`,
              )
            }
          }
        }
        printLine(`${conflicts.length === 0 ? '' : '\n'}${conflicts.length} conflicts`)
      } finally {
        await store.close()
      }
    })
}
