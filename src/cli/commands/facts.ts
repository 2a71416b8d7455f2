import type { Command } from 'commander'
import type { FactRecord, FactType } from '../../core/index.ts'
import { NotFoundError, UsageError } from '../../core/index.ts'
import { findEntities } from '../../pipeline/index.ts'
import type { EntityRef, Passage } from '../../query/index.ts'
import { formatPassage, passagesOf, weakFacts } from '../../query/index.ts'
import type { EntitySummary, Store } from '../../store/index.ts'
import { openStore } from '../open-store.ts'
import { formatTable, printJson, printLine } from '../output.ts'

const FACT_TYPES: readonly FactType[] = ['post', 'life-event', 'correspondence', 'event', 'relation']

/** Finds an entity by id, else by any spelling of a name (best match first), else fails with "not found". */
export async function resolveEntity(store: Store, idOrName: string, kind = 'entity'): Promise<EntitySummary> {
  const byId = await store.findEntity(idOrName)
  if (byId !== undefined && (kind === 'entity' || byId.type === kind)) return byId
  const all = await store.listEntities(kind === 'entity' ? {} : { types: [kind as EntitySummary['type']] })
  const [found] = findEntities(idOrName, all) as EntitySummary[]
  if (found === undefined) throw new NotFoundError(kind, idOrName)
  return found
}

/** An entity as a query ref: its id and every name it goes by. */
export function toRef(entity: EntitySummary): EntityRef {
  return { id: entity.id, names: [entity.name, ...entity.variants] }
}

/** Source id → file name, and entity id → preferred name, for showing facts to a reader. */
export interface FactLabels {
  readonly files: ReadonlyMap<string, string>
  readonly names: ReadonlyMap<string, string>
}

export async function loadLabels(store: Store): Promise<FactLabels> {
  const files = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
  const names = new Map((await store.listEntities()).map((e) => [e.id, e.name]))
  // Letters are the subjects of correspondence facts: name them by their titles.
  for (const doc of await store.listDocuments({
    types: ['letter', 'telegram', 'note', 'appendix-document', 'quoted-document'],
  })) {
    names.set(doc.id, doc.number === undefined ? doc.title : `${doc.title} (no. ${doc.number})`)
  }
  return { files, names }
}

/** A name for an id (the id itself when unknown). */
export function label(labels: FactLabels, id: string | undefined): string {
  return id === undefined ? '' : (labels.names.get(id) ?? id)
}

/** A fact's dates as printed: "1924 – 1929", "from 1919", or empty. */
export function datesOf(fact: FactRecord): string {
  if (fact.start !== undefined && fact.end !== undefined) return `${fact.start.text} – ${fact.end.text}`
  if (fact.end !== undefined) return `– ${fact.end.text}`
  return fact.start?.text ?? ''
}

/** What a fact claims, in a few words: predicate, role and body or object. */
export function claimOf(fact: FactRecord, labels: FactLabels): string {
  const what = fact.role ?? fact.predicate
  const where = fact.institution ?? label(labels, fact.object)
  return where === '' ? what : `${what} · ${where}`
}

/** A passage with its file name, for JSON output. */
export function passageJson(passage: Passage, labels: FactLabels) {
  return { file: labels.files.get(passage.sourceId) ?? passage.sourceId, ...passage }
}

/** The first passage of a fact on one line (`file:line "quote"`), with "+n" when it rests on more. */
export function passageCell(fact: FactRecord, labels: FactLabels, width = 50): string {
  const passages = passagesOf(fact)
  const [first] = passages
  if (first === undefined) return ''
  const more = passages.length > 1 ? ` +${passages.length - 1}` : ''
  return `${formatPassage(first, labels.files.get(first.sourceId) ?? first.sourceId, width)}${more}`
}

function parseTypes(value: string | undefined): FactType[] | undefined {
  if (value === undefined) return undefined
  return value.split(',').map((raw) => {
    const type = raw.trim() as FactType
    if (!FACT_TYPES.includes(type)) {
      throw new UsageError(`Unknown fact type "${raw.trim()}": use one of ${FACT_TYPES.join(', ')}`)
    }
    return type
  })
}

export function registerFactsCommand(program: Command): void {
  program
    .command('facts')
    .description(
      'List the facts read from the sources (posts, life events, letters, events, relations), each with its passage',
    )
    .option('--entity <id-or-name>', 'only facts about this entity (an id or a name in any spelling)')
    .option('--type <types>', `comma-separated: ${FACT_TYPES.join(', ')}`)
    .option('--weak', 'only facts resting on a single passage with confidence below 0.6')
    .option('--json', 'print as JSON')
    .action(async (options: { entity?: string; type?: string; weak?: boolean; json?: boolean }) => {
      const types = parseTypes(options.type)
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const entity = options.entity === undefined ? undefined : await resolveEntity(store, options.entity)
        const all = await store.listFacts({
          ...(types === undefined ? {} : { types }),
          ...(entity === undefined ? {} : { entity: entity.id }),
        })
        const facts = options.weak ? weakFacts(all) : all
        if (options.json) return printJson(facts)
        const labels = await loadLabels(store)
        printLine(
          formatTable(
            ['type', 'subject', 'claim', 'dates', 'conf', 'passage'],
            facts.map((f) => [
              f.type,
              label(labels, f.subject).slice(0, 30),
              claimOf(f, labels).slice(0, 40),
              datesOf(f).slice(0, 24),
              f.confidence.toFixed(2),
              passageCell(f, labels),
            ]),
          ),
        )
        printLine(
          `\n${facts.length} facts${entity === undefined ? '' : ` about ${entity.name} (${entity.id})`}`,
        )
      } finally {
        await store.close()
      }
    })
}
