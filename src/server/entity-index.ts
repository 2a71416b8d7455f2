import { nameKey, nameKeys, parsePersonName, surnameKey } from '../core/index.ts'
import type { EntitySummary, Store } from '../store/index.ts'
import { perRevision } from './store-cache.ts'

/** Finds entities by any spelling of a name, as `findEntities` does, without reading every name again. */
export interface EntityIndex {
  /** Every entity, in the store's order. */
  readonly entities: readonly EntitySummary[]
  /** Every entity by its id. */
  readonly byId: ReadonlyMap<string, EntitySummary>
  /** The entities a query names, best first: the same answer, in the same order, as `findEntities`. */
  find(query: string): EntitySummary[]
}

interface Entry {
  readonly entity: EntitySummary
  /** Position in the store's order, to break ties as a stable sort does. */
  readonly order: number
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** The first index in sorted `words` whose word is not below `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((words[middle] as string) < key) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Indexes entities by the name keys of their names and variants, the surname keys of people, and every key and
 * word of a key in sorted order (for prefixes), so that a query costs a few look-ups instead of keying every name.
 * Ranks as `findEntities`: an exact key, then a person's surname key, then a key or a word of one that starts
 * with the query's key; ties by name, then by the store's order.
 * @example createEntityIndex(await store.listEntities()).find('Троцкий')[0]?.id // 'person:trotsky-l-d'
 */
export function createEntityIndex(entities: readonly EntitySummary[]): EntityIndex {
  const exact = new Map<string, Entry[]>()
  const surnames = new Map<string, Entry[]>()
  const prefixed: { word: string; entry: Entry }[] = []
  entities.forEach((entity, order) => {
    const entry = { entity, order }
    for (const name of [entity.name, ...entity.variants]) {
      const key = nameKey(name)
      push(exact, key, entry)
      for (const word of new Set([key, ...key.split(' ')])) if (word !== '') prefixed.push({ word, entry })
      if (entity.type === 'person') push(surnames, nameKey(parsePersonName(name).surname), entry)
    }
  })
  prefixed.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
  const words = prefixed.map((p) => p.word)

  function find(query: string): EntitySummary[] {
    const keys = nameKeys(query).filter((key) => key !== '')
    const [key] = keys
    if (key === undefined) return []
    const ranks = new Map<Entry, number>()
    const rank = (entries: readonly Entry[] | undefined, value: number) => {
      for (const entry of entries ?? []) if (!ranks.has(entry)) ranks.set(entry, value)
    }
    for (const k of keys) rank(exact.get(k), 0)
    rank(surnames.get(surnameKey(query)), 1)
    for (let i = lowerBound(words, key); i < words.length && (words[i] as string).startsWith(key); i++)
      rank([(prefixed[i] as { entry: Entry }).entry], 2)
    return [...ranks]
      .sort(
        ([a, rankA], [b, rankB]) =>
          rankA - rankB || a.entity.name.localeCompare(b.entity.name) || a.order - b.order,
      )
      .map(([entry]) => entry.entity)
  }
  return { entities, byId: new Map(entities.map((e) => [e.id, e])), find }
}

/** The entity index of the store as it is now, built once per revision of the store. */
export function loadEntityIndex(store: Store): Promise<EntityIndex> {
  return perRevision(store, 'entity-index', async () => createEntityIndex(await store.listEntities()))
}
