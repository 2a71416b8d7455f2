import type { Entity, EntityType } from '../core/index.ts'
import { givenKeys, initialsCompatible, nameKey, parsePersonName } from '../core/index.ts'

/** Authority entities indexed by the keys of their names, and people by the key of their surname. */
export interface EntityLookup {
  readonly byId: ReadonlyMap<string, Entity>
  /** Entities of a type whose name or a variant has this key. */
  byKey(type: EntityType, key: string): Entity[]
  /** People whose surname has this key and whose initials agree with `initials` (none agree with all). */
  bySurname(key: string, initials: readonly string[]): Entity[]
}

interface PersonNames {
  readonly entity: Entity
  /** Every initials list the person's names give ("Trotsky, L. D." → l d; "Leon Trotsky" → l). */
  readonly initials: readonly (readonly string[])[]
}

/**
 * Builds the lookup once per resolve call.
 * @example createEntityLookup(entities).byKey('person', nameKey('Zinoviev'))
 */
export function createEntityLookup(entities: readonly Entity[]): EntityLookup {
  const keyed = new Map<string, Entity[]>()
  const surnames = new Map<string, PersonNames[]>()
  const shared = sharedSurnames(entities)
  for (const entity of entities) {
    const names = [entity.name, ...entity.variants]
    // A bare surname that two people share ("Kamenev") is not an exact name of either: context must decide.
    const exact = entity.type === 'person' ? names.filter((name) => !shared.has(nameKey(name))) : names
    for (const key of new Set(exact.map(nameKey))) push(keyed, `${entity.type}\u0000${key}`, entity)
    if (entity.type !== 'person') continue
    const bySurname = new Map<string, string[][]>()
    for (const name of names) {
      const parsed = parsePersonName(name)
      const key = nameKey(parsed.surname)
      if (key === '') continue
      const list = bySurname.get(key) ?? []
      list.push(givenKeys(parsed.given))
      bySurname.set(key, list)
    }
    for (const [key, initials] of bySurname) push(surnames, key, { entity, initials })
  }
  return {
    byId: new Map(entities.map((entity) => [entity.id, entity])),
    byKey: (type, key) => keyed.get(`${type}\u0000${key}`) ?? [],
    bySurname(key, initials) {
      return (surnames.get(key) ?? [])
        .filter((person) => initials.length === 0 || agreesWith(person.initials, initials))
        .map((person) => person.entity)
    },
  }
}

/**
 * A person agrees with initials when one of its names with initials is compatible; a person known only by a bare
 * surname agrees with any ("Roy Medvedev" does not agree with "Medvedev, S. P." only because that has initials).
 */
function agreesWith(lists: readonly (readonly string[])[], initials: readonly string[]): boolean {
  const withInitials = lists.filter((own) => own.length > 0)
  return withInitials.length === 0 || withInitials.some((own) => initialsCompatible(own, initials))
}

/** Surname keys that belong to more than one person. */
function sharedSurnames(entities: readonly Entity[]): Set<string> {
  const owners = new Map<string, Set<string>>()
  for (const entity of entities) {
    if (entity.type !== 'person') continue
    for (const name of [entity.name, ...entity.variants]) {
      const key = nameKey(parsePersonName(name).surname)
      if (key === '') continue
      owners.set(key, (owners.get(key) ?? new Set()).add(entity.id))
    }
  }
  return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([key]) => key))
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}
