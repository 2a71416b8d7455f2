import type { Command } from 'commander'
import { UsageError } from '../../core/index.ts'
import { membersOverTime, parseDay, systemOn } from '../../query/index.ts'
import { openStore } from '../open-store.ts'
import { formatTable, printJson, printLine } from '../output.ts'
import { label, loadLabels, resolveEntity, toRef } from './facts.ts'

export function registerMembersCommands(program: Command): void {
  program
    .command('members')
    .description('The members and post holders of a body over time, each period with the fact it rests on')
    .argument('<body>', 'the body, by any name (Politburo, Political Bureau) or id')
    .option('--json', 'print as JSON')
    .action(async (name: string, options: { json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const body = await resolveEntity(store, name, 'body')
        const facts = await store.listFacts({ types: ['post', 'life-event'], entity: body.id })
        const members = membersOverTime(facts, toRef(body))
        const labels = await loadLabels(store)
        const rows = members.flatMap((m) =>
          m.periods.map((p) => ({
            person: m.person,
            name: label(labels, m.person),
            role: p.role,
            from: p.from ?? null,
            to: p.to ?? null,
            start: p.start,
            end: p.end,
            fact: p.fact.id,
          })),
        )
        if (options.json) return printJson({ body: { id: body.id, name: body.name }, periods: rows })
        printLine(
          formatTable(
            ['name', 'role', 'from', 'to', 'dates'],
            rows.map((r) => [
              r.name.slice(0, 32),
              r.role.slice(0, 24),
              r.from ?? '?',
              r.to ?? '…',
              `${r.start}/${r.end}`,
            ]),
          ),
        )
        printLine(
          `\n${members.length} people held posts in ${body.name} (see \`fond facts --entity ${body.id}\` for the passages)`,
        )
      } finally {
        await store.close()
      }
    })

  program
    .command('system')
    .description('The state of the whole system on a day: every body with who held posts in it')
    .requiredOption('--on <YYYY-MM-DD>', 'the day')
    .option('--json', 'print as JSON')
    .action(async (options: { on: string; json?: boolean }) => {
      const day = parseDay(options.on)
      if (day === undefined) throw new UsageError(`Expected a day as YYYY-MM-DD, got "${options.on}"`)
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const bodies = systemOn(await store.listFacts({ types: ['post'] }), day)
        const labels = await loadLabels(store)
        if (options.json) {
          return printJson(
            bodies.map((b) => ({
              body: b.body,
              name: label(labels, b.body),
              holders: b.holders.map((h) => ({
                person: h.person,
                name: label(labels, h.person),
                role: h.role,
                flags: h.flags,
              })),
            })),
          )
        }
        for (const b of bodies) {
          printLine(label(labels, b.body))
          for (const h of b.holders)
            printLine(
              `  ${label(labels, h.person)} — ${h.role}${h.flags.length > 0 ? ` (${h.flags.join(', ')})` : ''}`,
            )
        }
        printLine(`\n${bodies.length} bodies on ${day}`)
      } finally {
        await store.close()
      }
    })
}
