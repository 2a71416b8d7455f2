import type { DocumentListing, EntityDocument, Store } from '../store/index.ts'
import { loadEntityIndex } from './entity-index.ts'
import { perRevision } from './store-cache.ts'

/** A document as a search counts and filters it: by number, with its facets' values as codes. */
export interface NumberedDocument {
  readonly listing: DocumentListing
  /** Codes into `MentionIndex.sources`, `types` and `years` (-1: the document has no date). */
  readonly source: number
  readonly type: number
  readonly year: number
  /** The numbers of the entities the document mentions, each once. */
  readonly entities: Int32Array
}

/**
 * Which documents mention which entities, and every document a search has met, by number: a search at 100 MB
 * meets thousands of documents, and numbers let it merge, filter and count them in arrays instead of looking
 * each up by its id several times.
 */
export interface MentionIndex {
  /**
   * The number of a document while the store's revision lasts, given on first sight; a listing object seen before
   * is found by identity, others by id.
   */
  numberOf(document: DocumentListing): number
  /** Numbered documents, by number. */
  readonly documents: readonly NumberedDocument[]
  /** The numbers of the documents that mention an entity, in the store's order (source name, first mention). */
  documentsOf(entityId: string): readonly number[]
  /** Every entity that some document mentions, by entity number. */
  readonly entityIds: readonly string[]
  /** The number of an entity that some document mentions. */
  entityNumber(entityId: string): number | undefined
  /** Values of the codes of sources (ids), types and years. */
  readonly sources: readonly string[]
  readonly types: readonly string[]
  readonly years: readonly string[]
}

/** Entity ids asked of the store at once (a query's parameters are limited). */
const CHUNK = 500
const NO_NUMBERS = new Int32Array(0)

/** Codes for values, each value once. */
function createCodes() {
  const values: string[] = []
  const codes = new Map<string, number>()
  const code = (value: string) => {
    let found = codes.get(value)
    if (found === undefined) {
      found = values.length
      codes.set(value, found)
      values.push(value)
    }
    return found
  }
  return { values, code }
}

/**
 * Builds the index from the store's list of entity documents, a chunk of entities at a time; documents found
 * otherwise (by the text search) are numbered when first met.
 * @example (await createMentionIndex(store, ['person:trotsky-l-d'])).documentsOf('person:trotsky-l-d').length
 */
export async function createMentionIndex(store: Store, entityIds: readonly string[]): Promise<MentionIndex> {
  const sources = createCodes()
  const types = createCodes()
  const years = createCodes()
  const entityCodes = createCodes()
  const documents: NumberedDocument[] = []
  const byId = new Map<string, number>()
  const byListing = new WeakMap<DocumentListing, number>()
  const entitiesOf = new Map<string, Set<number>>()
  const byEntity = new Map<string, number[]>()

  const add = (listing: DocumentListing) => {
    const number = documents.length
    byId.set(listing.documentId, number)
    const entities = entitiesOf.get(listing.documentId)
    documents.push({
      listing,
      source: sources.code(listing.sourceId),
      type: types.code(listing.type),
      year: listing.date === undefined ? -1 : years.code(listing.date.slice(0, 4)),
      entities: entities === undefined ? NO_NUMBERS : Int32Array.from(entities),
    })
    return number
  }
  const numberOf = (listing: DocumentListing) => {
    let number = byListing.get(listing)
    if (number === undefined) {
      number = byId.get(listing.documentId) ?? add(listing)
      byListing.set(listing, number)
    }
    return number
  }

  const rows: EntityDocument[] = []
  for (let i = 0; i < entityIds.length; i += CHUNK)
    for (const row of await store.listEntityDocuments({ entityIds: entityIds.slice(i, i + CHUNK) }))
      rows.push(row)
  for (const row of rows) {
    const entities = entitiesOf.get(row.documentId)
    const entity = entityCodes.code(row.entityId)
    if (entities === undefined) entitiesOf.set(row.documentId, new Set([entity]))
    else entities.add(entity)
  }
  for (const row of rows) {
    const number = numberOf(row)
    const documents = byEntity.get(row.entityId)
    if (documents === undefined) byEntity.set(row.entityId, [number])
    else documents.push(number)
  }
  const entityNumbers = new Map(entityCodes.values.map((id, number) => [id, number]))
  return {
    numberOf,
    documents,
    documentsOf: (entityId) => byEntity.get(entityId) ?? [],
    entityIds: entityCodes.values,
    entityNumber: (entityId) => entityNumbers.get(entityId),
    sources: sources.values,
    types: types.values,
    years: years.values,
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
