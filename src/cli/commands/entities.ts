import type { Command } from 'commander'
import type { EntityType, MentionRecord } from '../../core/index.ts'
import { NotFoundError, UsageError } from '../../core/index.ts'
import { findEntities } from '../../pipeline/index.ts'
import type { EntitySummary } from '../../store/index.ts'
import { openStore } from '../open-store.ts'
import { formatTable, printJson, printLine } from '../output.ts'

const ENTITY_TYPES: readonly EntityType[] = ['person', 'body', 'place', 'event']

function parseEntityType(value: string | undefined): EntityType[] | undefined {
  if (value === undefined) return undefined
  return value.split(',').map((type) => {
    if (!ENTITY_TYPES.includes(type.trim() as EntityType)) {
      throw new UsageError(`Unknown entity type "${type.trim()}": use one of ${ENTITY_TYPES.join(', ')}`)
    }
    return type.trim() as EntityType
  })
}

/** A mention's place and context on one line: `file:line  …prefix [exact] suffix…`. */
export function formatMentionContext(mention: MentionRecord, fileName: string): string {
  const { quote, lineStart } = mention.provenance
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  return `${fileName}:${lineStart}  …${flat(quote.prefix)}[${flat(quote.exact)}]${flat(quote.suffix)}…`
}

export function registerEntitiesCommands(program: Command): void {
  program
    .command('entities')
    .description('List people, bodies, places and events, or find one by any spelling or script')
    .option('--type <types>', 'comma-separated: person, body, place, event')
    .option('--query <name>', 'a name in any spelling or script (Trotsky, Trotskii, Троцкий)')
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10))
    .option('--json', 'print as JSON')
    .action(async (options: { type?: string; query?: string; limit?: number; json?: boolean }) => {
      const types = parseEntityType(options.type)
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const all = await store.listEntities(types === undefined ? {} : { types })
        const found =
          options.query === undefined ? all : (findEntities(options.query, all) as EntitySummary[])
        const listed = options.limit === undefined ? found : found.slice(0, options.limit)
        if (options.json) return printJson(listed)
        printLine(
          formatTable(
            ['id', 'type', 'name', 'life', 'mentions', 'sources'],
            listed.map((e) => [
              e.id,
              e.type,
              e.name.slice(0, 40),
              e.birthYear === undefined && e.deathYear === undefined
                ? ''
                : `${e.birthYear ?? '?'}–${e.deathYear ?? '?'}`,
              e.mentions,
              e.sources.length,
            ]),
          ),
        )
        printLine(
          `\n${listed.length} entities${options.query === undefined ? '' : ` for "${options.query}"`}`,
        )
      } finally {
        await store.close()
      }
    })

  program
    .command('entity')
    .description('Show an entity: its names and variants, and every mention with its context and document')
    .argument('<id>', 'entity id (see `fond entities`)')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const entity = await store.findEntity(id)
        if (entity === undefined) throw new NotFoundError('entity', id)
        const mentions = await store.listMentions({ entityId: id })
        const names = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
        if (options.json) return printJson({ entity, mentions })
        printLine(`${entity.name}  [${entity.type}] · ${entity.id}`)
        if (entity.birthYear !== undefined || entity.deathYear !== undefined) {
          printLine(`Life: ${entity.birthYear ?? '?'}–${entity.deathYear ?? '?'}`)
        }
        if (entity.variants.length > 0) printLine(`Also: ${entity.variants.join('; ')}`)
        if (entity.description !== undefined) printLine(`About: ${entity.description}`)
        printLine(`From: ${entity.origin}`)
        printLine(`\n${mentions.length} mentions`)
        for (const mention of mentions)
          printLine(`  ${formatMentionContext(mention, names.get(mention.sourceId) ?? '')}`)
      } finally {
        await store.close()
      }
    })

  program
    .command('mentions')
    .description('List every mention with its type, surface, line, offsets in the original file and entity')
    .option('--source <id-or-file>', 'only this source')
    .option('--type <types>', 'comma-separated: person, body, place, event, date, citation')
    .option('--json', 'print as JSON (for scoring fond against your own annotations)')
    .action(async (options: { source?: string; type?: string; json?: boolean }) => {
      const types = options.type?.split(',').map((t) => t.trim())
      for (const type of types ?? []) {
        if (![...ENTITY_TYPES, 'date', 'citation'].includes(type)) {
          throw new UsageError(
            `Unknown mention type "${type}": use person, body, place, event, date or citation`,
          )
        }
      }
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const mentions = await store.listMentions({
          ...(options.source === undefined ? {} : { source: options.source }),
          ...(types === undefined ? {} : { types: types as MentionRecord['type'][] }),
        })
        const names = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
        const listed = mentions.map((m) => ({
          type: m.type,
          surface: m.surface,
          file: names.get(m.sourceId) ?? '',
          line: m.provenance.lineStart,
          start: m.provenance.span.start,
          end: m.provenance.span.end,
          ...(m.entityId === undefined ? {} : { entityId: m.entityId }),
          ...(m.entityName === undefined ? {} : { entityName: m.entityName }),
          ...(m.candidates === undefined ? {} : { candidates: m.candidates }),
          ...(m.iso === undefined ? {} : { iso: m.iso }),
          ...(m.citation === undefined ? {} : { citation: m.citation }),
          documentId: m.documentId,
          rule: m.provenance.rule,
          confidence: m.confidence,
        }))
        if (options.json) return printJson(listed)
        printLine(
          formatTable(
            ['file', 'line', 'type', 'surface', 'refers to'],
            listed.map((m) => [
              m.file.slice(0, 12),
              m.line,
              m.type,
              m.surface.replace(/\s+/g, ' ').slice(0, 40),
              m.entityName ?? m.iso ?? (m.candidates === undefined ? '' : `? ${m.candidates.join(' | ')}`),
            ]),
          ),
        )
        printLine(`\n${listed.length} mentions`)
      } finally {
        await store.close()
      }
    })
}
