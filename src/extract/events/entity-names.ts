import type { Entity, EntityType } from '../../core/index.ts'
import { nameKey, parsePersonName, surnameKey } from '../../core/index.ts'

/** Finds entities by a printed name: people by surname (or a given name used alone), others by the whole name. */
export interface EntityNames {
  /** Ids of the entities of a type whose name or a variant has the key of the printed name. */
  find(printed: string, type: EntityType): string[]
  /** The entity with the id, when known. */
  get(id: string): Entity | undefined
}

/** Leading words that are not part of a name: articles, titles, salutations. */
const LEADING =
  /^(?:(?:the|to|com\.|coms\.|comrade|comrades|dear|hello|hi|greetings|general secretary|secretary)\s+)+/i

/**
 * Indexes the entities given to the extract stage by name key; `frequency` (mentions per entity id in the source)
 * decides between entities that share a name.
 * @example entityNames(entities).find('J. Stalin', 'person') // ['person:stalin-i-v']
 */
export function entityNames(
  entities: readonly Entity[],
  frequency: ReadonlyMap<string, number> = new Map(),
): EntityNames {
  const byKey = new Map<string, Set<string>>()
  const byId = new Map<string, Entity>()
  const add = (key: string, type: EntityType, id: string) => {
    if (key === '') return
    const full = `${type}\u0000${key}`
    const ids = byKey.get(full) ?? new Set<string>()
    ids.add(id)
    byKey.set(full, ids)
  }
  for (const entity of entities) {
    byId.set(entity.id, entity)
    for (const name of [entity.name, ...entity.variants]) {
      add(nameKey(name), entity.type, entity.id)
      if (entity.type === 'person') add(surnameKey(name), 'person', entity.id)
    }
  }
  return {
    get: (id) => byId.get(id),
    find(printed, type) {
      const clean = printed
        .replace(/<[^>]+>|\*+|\[|\]/g, '')
        .replace(LEADING, '')
        .replace(/[.,;:!]+$/, '')
        .trim()
      if (clean === '') return []
      const keys =
        type === 'person' ? [nameKey(clean), personAlias(clean), surnameKey(clean)] : [nameKey(clean)]
      for (const key of keys) {
        const ids = byKey.get(`${type}\u0000${key}`)
        if (ids !== undefined && ids.size > 0) return preferFrequent([...ids], frequency)
      }
      return []
    },
  }
}

/**
 * Several entities share the name: the one the source refers to far more often (at least three times as often as
 * the next, and more than twice) is meant; otherwise all are returned, and callers keep none.
 */
function preferFrequent(ids: string[], frequency: ReadonlyMap<string, number>): string[] {
  if (ids.length < 2) return ids
  const counted = ids.map((id) => ({ id, count: frequency.get(id) ?? 0 })).sort((a, b) => b.count - a.count)
  const [first, second] = counted
  if (first !== undefined && first.count > 2 && first.count >= 3 * (second?.count ?? 0)) return [first.id]
  return ids
}

/** "V. Ulianov (Lenin)": the name in brackets is the one the person is known by. */
function personAlias(printed: string): string {
  const inner = /\(([^)]+)\)/.exec(printed)?.[1]
  return inner === undefined ? '' : nameKey(parsePersonName(inner).surname)
}
