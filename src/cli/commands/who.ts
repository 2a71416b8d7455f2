import type { Command } from 'commander'
import { UsageError } from '../../core/index.ts'
import type { Holder } from '../../query/index.ts'
import { formatPassage, parseDay, whoHeld } from '../../query/index.ts'
import { openStore } from '../open-store.ts'
import { formatTable, printJson, printLine } from '../output.ts'
import type { FactLabels } from './facts.ts'
import { label, loadLabels, passageJson, resolveEntity, toRef } from './facts.ts'

function period(holder: Holder): string {
  const best = holder.periods[0]
  return best === undefined ? '' : `${best.from ?? '?'} – ${best.to ?? '…'}`
}

function holderJson(holder: Holder, labels: FactLabels) {
  return {
    person: holder.person,
    name: label(labels, holder.person),
    role: holder.role,
    certainty: holder.certainty,
    flags: holder.flags,
    periods: holder.periods.map((p) => ({
      role: p.role,
      from: p.from ?? null,
      to: p.to ?? null,
      start: p.start,
      end: p.end,
      fact: p.fact.id,
      ...(p.endedBy === undefined ? {} : { endedBy: p.endedBy.id }),
    })),
    passages: holder.passages.map((p) => passageJson(p, labels)),
  }
}

export function registerWhoCommand(program: Command): void {
  program
    .command('who')
    .description('Who held a role in a body on a day, with the passage for each name')
    .requiredOption('--body <name>', 'the body, by any name (Politburo, Political Bureau) or id')
    .requiredOption('--on <YYYY-MM-DD>', 'the day')
    .option('--role <role>', 'the role (loose: "member" matches "full member", not "candidate member")')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample: fond who --role member --body Politburo --on 1926-02-01')
    .action(async (options: { body: string; on: string; role?: string; json?: boolean }) => {
      const day = parseDay(options.on)
      if (day === undefined) throw new UsageError(`Expected a day as YYYY-MM-DD, got "${options.on}"`)
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const body = await resolveEntity(store, options.body, 'body')
        // Facts whose object is the body: the store's index finds them without reading every post of every source.
        const facts = await store.listFacts({ types: ['post', 'life-event'], entity: body.id })
        const holders = whoHeld(facts, {
          body: toRef(body),
          on: day,
          ...(options.role === undefined ? {} : { role: options.role }),
        })
        const labels = await loadLabels(store)
        if (options.json) {
          return printJson({
            body: { id: body.id, name: body.name },
            role: options.role ?? null,
            on: day,
            holders: holders.map((h) => holderJson(h, labels)),
          })
        }
        printLine(
          formatTable(
            ['name', 'role', 'period', 'certainty', 'passage'],
            holders.flatMap((h) =>
              h.passages.map((p, i) => [
                i === 0 ? label(labels, h.person).slice(0, 30) : '',
                i === 0 ? h.role.slice(0, 24) : '',
                i === 0 ? period(h) : '',
                i === 0 ? [h.certainty, ...h.flags].join(' ') : '',
                formatPassage(p, labels.files.get(p.sourceId) ?? p.sourceId, 50),
              ]),
            ),
          ),
        )
        printLine(
          `\n${holders.length} people held ${options.role === undefined ? 'posts' : `"${options.role}"`} in ${body.name} on ${day}`,
        )
      } finally {
        await store.close()
      }
    })
}
