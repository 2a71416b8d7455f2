import type { Entity } from '../core/index.ts'
import { nameKey } from '../core/index.ts'
import { matchPerson } from './match-person.ts'
import type { PersonDraft } from './person-entity.ts'
import { addVariants, personDraft, toEntity } from './person-entity.ts'

/** Authority entities with duplicates merged, and where each dropped id went. */
export interface MergedAuthority {
  readonly entities: readonly Entity[]
  /** Dropped id → the id of the entity it was merged into. */
  readonly renamed: ReadonlyMap<string, string>
}

/**
 * Merges authority entities that are one referent: the bundled data and the glossaries and indexes of several
 * sources name the same people. Bundled entities (origin `authority:*`) come first and keep their ids; a glossary or
 * index person joins one when {@link matchPerson} finds it (same key, or same surname with compatible initials: the
 * glossary's "Kamenev, L. B." joins the bundled Lev Kamenev, "Kamenev, S. S." stays apart). Bodies, places and
 * events join an entity of the same type that shares a name key.
 * @example mergeAuthority([bundledTrotsky, glossaryTrotskii]).renamed.get('person:trotski-l-d') // 'person:trotsky-l-d'
 */
export function mergeAuthority(authority: readonly Entity[]): MergedAuthority {
  const ordered = [...authority].sort((a, b) => rank(a) - rank(b))
  const people: PersonDraft[] = []
  const others: Entity[] = []
  const renamed = new Map<string, string>()
  for (const entity of ordered) {
    if (entity.type === 'person') mergePerson(entity, people, renamed)
    else mergeOther(entity, others, renamed)
  }
  return { entities: [...people.map(toEntity), ...others], renamed }
}

function rank(entity: Entity): number {
  if (entity.origin.startsWith('authority')) return 0
  if (entity.origin.startsWith('glossary')) return 1
  if (entity.origin.startsWith('index')) return 2
  return 3
}

function mergePerson(entity: Entity, people: PersonDraft[], renamed: Map<string, string>): void {
  const draft = { ...personDraft(entity.name, entity.origin), id: entity.id }
  addVariants(draft, entity.variants)
  if (entity.birthYear !== undefined) draft.birthYear = entity.birthYear
  if (entity.deathYear !== undefined) draft.deathYear = entity.deathYear
  if (entity.description !== undefined) draft.description = entity.description
  const match =
    people.find((person) => person.id === entity.id) ?? matchPerson(draft, people, { loose: false })
  // Two entries of a glossary are two people by construction ("Kviring, Er. I." and "Kviring, Ye. I."): they join
  // only when their names are the same, not by compatible initials.
  const bothGlossary = match !== undefined && match.origin === 'glossary' && entity.origin === 'glossary'
  const same =
    bothGlossary && match.id !== entity.id && nameKey(match.name) !== nameKey(entity.name) ? undefined : match
  if (same === undefined) {
    people.push(draft)
    return
  }
  addVariants(same, [draft.name, ...draft.variants])
  if (same.birthYear === undefined && draft.birthYear !== undefined) same.birthYear = draft.birthYear
  if (same.deathYear === undefined && draft.deathYear !== undefined) same.deathYear = draft.deathYear
  if (same.description === undefined && draft.description !== undefined) same.description = draft.description
  if (same.id !== entity.id) renamed.set(entity.id, same.id)
}

function mergeOther(entity: Entity, others: Entity[], renamed: Map<string, string>): void {
  const keys = new Set([entity.name, ...entity.variants].map(nameKey))
  const index = others.findIndex(
    (other) =>
      other.type === entity.type &&
      (other.id === entity.id || [other.name, ...other.variants].some((name) => keys.has(nameKey(name)))),
  )
  const same = others[index]
  if (same === undefined) {
    others.push(entity)
    return
  }
  const variants = [...new Set([...same.variants, entity.name, ...entity.variants])].filter(
    (v) => v !== same.name,
  )
  others[index] = {
    ...same,
    variants,
    ...(same.description === undefined && entity.description !== undefined
      ? { description: entity.description }
      : {}),
  }
  if (same.id !== entity.id) renamed.set(entity.id, same.id)
}
