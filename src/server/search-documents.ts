import type { DocumentRecord, DocumentType, MentionRecord } from '../core/index.ts'
import { parsePersonName } from '../core/index.ts'
import { findEntities } from '../pipeline/index.ts'
import type { EntitySummary, Store } from '../store/index.ts'
import { MARK_END, MARK_START, parseSearchText } from '../store/index.ts'
import { snippetHtml, snippetText } from './render-html.ts'

/** How many entities a query may bring in, and how many spellings of them are searched for. */
const ENTITY_LIMIT = 3
const KEY_LIMIT = 40
/** Text results read for facets and paging. */
const TEXT_LIMIT = 500

export interface SearchRequest {
  readonly q: string
  readonly source?: string
  readonly types?: readonly DocumentType[]
  readonly year?: string
  readonly limit: number
  readonly offset: number
}

interface Result {
  documentId: string
  title: string
  type: DocumentType
  sourceId: string
  file: string
  date: string | null
  snippet: string
  snippetHtml: string
  score: number
  /** Entities of the query that the document mentions. */
  entities: string[]
}

/** Every spelling of the entities, as they may be printed: a person by surname, anything else by whole name. */
function spellingsOf(entities: readonly EntitySummary[]): string[] {
  const spellings = new Set<string>()
  for (const entity of entities)
    for (const name of [entity.name, ...entity.variants])
      spellings.add(entity.type === 'person' ? parsePersonName(name).surname || name : name)
  return [...spellings].filter((s) => s.trim() !== '').slice(0, KEY_LIMIT)
}

const count = (values: readonly string[], label: (value: string) => string = (v) => v) => {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts]
    .map(([value, n]) => ({ value, label: label(value), count: n }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

/**
 * Full-text search across spellings and scripts: the query's words and phrases in the documents' text, the
 * entities its name keys find (Trotsky, Trotskii and Троцкий find one person) with every spelling of them, and the
 * documents that mention those entities. Entities come first; documents best first, with facets.
 */
export async function searchDocuments(store: Store, request: SearchRequest) {
  const terms = parseSearchText(request.q)
  const entities = findEntities(request.q.replaceAll('"', ' '), await store.listEntities()).slice(
    0,
    ENTITY_LIMIT,
  ) as EntitySummary[]
  const filters = {
    ...(request.source === undefined ? {} : { source: request.source }),
    ...(request.types === undefined ? {} : { types: request.types }),
  }
  const hits = await store.searchDocuments({
    text: request.q,
    keys: spellingsOf(entities),
    limit: TEXT_LIMIT,
    ...filters,
  })
  const files = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
  const sourceId = request.source === undefined ? undefined : (await store.findSource(request.source))?.id
  const results = new Map<string, Result>()
  for (const hit of hits) {
    results.set(hit.documentId, {
      documentId: hit.documentId,
      title: hit.title,
      type: hit.type,
      sourceId: hit.sourceId,
      file: files.get(hit.sourceId) ?? '',
      date: hit.date ?? null,
      snippet: snippetText(hit.snippet),
      snippetHtml: snippetHtml(hit.snippet),
      score: hit.score,
      entities: [],
    })
  }
  const mentions = (
    await Promise.all(entities.map((e) => store.listMentions({ entityId: e.id, types: [e.type] })))
  ).flat()
  if (mentions.length > 0) addMentioned(results, mentions, await store.listDocuments(), files)
  const listed = [...results.values()].filter(
    (r) =>
      (sourceId === undefined || r.sourceId === sourceId) &&
      (request.types === undefined || request.types.includes(r.type)),
  )
  const inYear = listed.filter((r) => request.year === undefined || r.date?.slice(0, 4) === request.year)
  const ranked = inYear.sort((a, b) => b.entities.length - a.entities.length || b.score - a.score)
  return {
    query: request.q,
    terms,
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      variants: e.variants,
      mentions: e.mentions,
    })),
    total: ranked.length,
    offset: request.offset,
    limit: request.limit,
    documents: ranked.slice(request.offset, request.offset + request.limit),
    facets: {
      source: count(
        listed.map((r) => r.sourceId),
        (id) => files.get(id) ?? id,
      ),
      type: count(listed.map((r) => r.type)),
      year: count(listed.flatMap((r) => (r.date === null ? [] : [r.date.slice(0, 4)]))).sort((a, b) =>
        a.value.localeCompare(b.value),
      ),
    },
  }
}

/** Adds the documents that mention the entities (a text result that also mentions one is marked so). */
function addMentioned(
  results: Map<string, Result>,
  mentions: readonly MentionRecord[],
  documents: readonly DocumentRecord[],
  files: ReadonlyMap<string, string>,
): void {
  const byId = new Map(documents.map((d) => [d.id as string, d]))
  for (const mention of mentions) {
    const doc = mention.documentId === undefined ? undefined : byId.get(mention.documentId)
    if (doc === undefined || mention.entityId === undefined) continue
    const existing = results.get(doc.id)
    if (existing !== undefined) {
      if (!existing.entities.includes(mention.entityId)) existing.entities.push(mention.entityId)
      continue
    }
    const { prefix, exact, suffix } = mention.provenance.quote
    const snippet = `…${prefix}${MARK_START}${exact}${MARK_END}${suffix}…`.replace(/\s+/g, ' ')
    const date = doc.date ?? doc.editorialDate
    results.set(doc.id, {
      documentId: doc.id,
      title: doc.title,
      type: doc.type,
      sourceId: doc.sourceId,
      file: files.get(doc.sourceId) ?? '',
      date: date?.iso ?? date?.bound ?? null,
      snippet: snippetText(snippet),
      snippetHtml: snippetHtml(snippet),
      score: 0,
      entities: [mention.entityId],
    })
  }
}
