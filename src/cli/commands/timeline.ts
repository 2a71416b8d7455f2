import type { Command } from 'commander'
import type { TimelineEntry } from '../../query/index.ts'
import { readLetter, timeline } from '../../query/index.ts'
import { openStore } from '../open-store.ts'
import { formatTable, printJson, printLine } from '../output.ts'
import type { FactLabels } from './facts.ts'
import {
  claimOf,
  datesOf,
  label,
  loadLabels,
  passageCell,
  passageJson,
  resolveEntity,
  toRef,
} from './facts.ts'

/** What an entry says: a letter as "to …" or "from …" seen from the entity, anything else as its claim. */
function entryClaim(entry: TimelineEntry, labels: FactLabels): string {
  if (entry.fact.type !== 'correspondence') return claimOf(entry.fact, labels)
  const letter = readLetter(entry.fact)
  const names = (ids: readonly string[]) => ids.map((id) => label(labels, id).split(',')[0]).join(', ')
  if (entry.part === 'sender') return `to ${names(letter.addressees)}`
  return `from ${names(letter.senders)}${entry.part === 'reader' ? ' (shown to)' : ''}`
}

export function registerTimelineCommand(program: Command): void {
  program
    .command('timeline')
    .description(
      'Every post, life event, letter and event of an entity in date order (undated last), with passages',
    )
    .argument('<entity>', 'an entity id or a name in any spelling or script')
    .option('--json', 'print as JSON')
    .action(async (query: string, options: { json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const entity = await resolveEntity(store, query)
        const own = await store.listFacts({ entity: entity.id })
        const letters = await store.listFacts({ types: ['correspondence'] })
        const seen = new Set(own.map((f) => f.id))
        const entries = timeline([...own, ...letters.filter((f) => !seen.has(f.id))], toRef(entity))
        const labels = await loadLabels(store)
        if (options.json) {
          return printJson({
            entity: { id: entity.id, name: entity.name, type: entity.type },
            entries: entries.map((e) => ({
              day: e.day ?? null,
              part: e.part,
              fact: e.fact,
              passages: e.passages.map((p) => passageJson(p, labels)),
            })),
          })
        }
        printLine(`${entity.name}  [${entity.type}] · ${entity.id}\n`)
        printLine(
          formatTable(
            ['date', 'type', 'as', 'claim', 'passage'],
            entries.map((e) => [
              datesOf(e.fact).slice(0, 24) || 'undated',
              e.fact.type,
              e.part,
              entryClaim(e, labels).slice(0, 40),
              passageCell(e.fact, labels),
            ]),
          ),
        )
        printLine(`\n${entries.length} entries`)
      } finally {
        await store.close()
      }
    })
}
