import type { EntityDocument, Store } from '../store/index.ts'
import { loadEntityIndex } from './entity-index.ts'
import { perRevision } from './store-cache.ts'

/** Which documents mention which entities, both ways, as the search needs them for every request. */
export interface MentionIndex {
  /** The documents that mention an entity, in the store's order (source name, then first mention). */
  documentsOf(entityId: string): readonly EntityDocument[]
  /** Every entity that some document mentions; its place in this list is its number in `numbersOf`. */
  readonly entityIds: readonly string[]
  /** The numbers of the entities a document mentions, each once (numbers make counting facets cheap). */
  numbersOf(documentId: string): Int32Array
  /** Whether a document mentions an entity. */
  mentions(documentId: string, entityId: string): boolean
}

/** Entity ids asked of the store at once (a query's parameters are limited). */
const CHUNK = 500
const NONE: readonly never[] = []
const NO_NUMBERS = new Int32Array(0)

/**
 * Builds the index from the store's list of entity documents, a chunk of entities at a time.
 * @example (await createMentionIndex(store, ['person:trotsky-l-d'])).documentsOf('person:trotsky-l-d').length
 */
export async function createMentionIndex(store: Store, entityIds: readonly string[]): Promise<MentionIndex> {
  const byEntity = new Map<string, EntityDocument[]>()
  const byDocument = new Map<string, Set<number>>()
  const numbers = new Map<string, number>()
  for (let i = 0; i < entityIds.length; i += CHUNK) {
    for (const row of await store.listEntityDocuments({ entityIds: entityIds.slice(i, i + CHUNK) })) {
      const documents = byEntity.get(row.entityId)
      if (documents === undefined) byEntity.set(row.entityId, [row])
      else documents.push(row)
      let number = numbers.get(row.entityId)
      if (number === undefined) {
        number = numbers.size
        numbers.set(row.entityId, number)
      }
      const entities = byDocument.get(row.documentId)
      if (entities === undefined) byDocument.set(row.documentId, new Set([number]))
      else entities.add(number)
    }
  }
  const numbersByDocument = new Map([...byDocument].map(([id, set]) => [id, Int32Array.from(set)]))
  return {
    entityIds: [...numbers.keys()],
    documentsOf: (entityId) => byEntity.get(entityId) ?? NONE,
    numbersOf: (documentId) => numbersByDocument.get(documentId) ?? NO_NUMBERS,
    mentions: (documentId, entityId) => {
      const number = numbers.get(entityId)
      return number !== undefined && (numbersByDocument.get(documentId)?.includes(number) ?? false)
    },
  }
}

/** The mention index of every entity of the store as it is now, built once per revision of the store. */
export function loadMentionIndex(store: Store): Promise<MentionIndex> {
  return perRevision(store, 'mention-index', async () =>
    createMentionIndex(
      store,
      (await loadEntityIndex(store)).entities.map((e) => e.id),
    ),
  )
}
