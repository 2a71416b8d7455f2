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
const LEADING = /^(?:(?:the|to|com\.|coms\.|comrade|comrades|dear|hello|hi|greetings|general secretary|secretary)\s+)+/i

/**
 * Indexes the entities given to the extract stage by name key.
 * @example entityNames(entities).find('J. Stalin', 'person') // ['person:stalin-i-v']
 */
export function entityNames(entities: readonly Entity[]): EntityNames {
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
      const keys = type === 'person' ? [nameKey(clean), personAlias(clean), surnameKey(clean)] : [nameKey(clean)]
      for (const key of keys) {
        const ids = byKey.get(`${type}\u0000${key}`)
        if (ids !== undefined && ids.size > 0) return [...ids]
      }
      return []
    },
  }
}

/** "V. Ulianov (Lenin)": the name in brackets is the one the person is known by. */
function personAlias(printed: string): string {
  const inner = /\(([^)]+)\)/.exec(printed)?.[1]
  return inner === undefined ? '' : nameKey(parsePersonName(inner).surname)
}
