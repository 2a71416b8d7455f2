import type { DocumentType } from '../core/index.ts'
import { parsePersonName } from '../core/index.ts'
import type { DocumentSearchHit, EntityDocument, EntitySummary, Store } from '../store/index.ts'
import { MARK_END, MARK_START, parseSearchText } from '../store/index.ts'
import { loadEntityIndex } from './entity-index.ts'
import { loadFileNames } from './labels.ts'
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

/** A result before its snippet is made (only the page's results get one). */
interface Candidate {
  documentId: string
  title: string
  type: DocumentType
  sourceId: string
  date: string | null
  score: number
  /** Entities of the query that the document mentions, in the order of the query's entities. */
  entities: string[]
  /** Whether the text search found it (its snippet comes from there, else from a mention). */
  text: boolean
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
 * documents that mention those entities. Entities come first; documents best first, with facets. The entity index
 * is kept per store revision, the candidates are read without snippets, and only the page gets snippets.
 */
export async function searchDocuments(store: Store, request: SearchRequest) {
  const terms = parseSearchText(request.q)
  const [index, files] = await Promise.all([loadEntityIndex(store), loadFileNames(store)])
  const entities = index.find(request.q.replaceAll('"', ' ')).slice(0, ENTITY_LIMIT)
  const filters = {
    ...(request.source === undefined ? {} : { source: request.source }),
    ...(request.types === undefined ? {} : { types: request.types }),
  }
  const [hits, mentioned] = await Promise.all([
    store.searchDocuments({
      text: request.q,
      keys: spellingsOf(entities),
      limit: TEXT_LIMIT,
      snippets: false,
      ...filters,
    }),
    store.listEntityDocuments({ entityIds: entities.map((e) => e.id), ...filters }),
  ])
  const listed = candidatesOf(hits, mentioned, entities)
  const inYear = listed.filter((r) => request.year === undefined || r.date?.slice(0, 4) === request.year)
  const ranked = inYear.sort((a, b) => b.entities.length - a.entities.length || b.score - a.score)
  const page = ranked.slice(request.offset, request.offset + request.limit)
  const snippets = await snippetsOf(store, request.q, spellingsOf(entities), page)
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
    documents: page.map(({ text: _, ...result }) => {
      const snippet = snippets.get(result.documentId) ?? ''
      return {
        ...result,
        file: files.get(result.sourceId) ?? '',
        snippet: snippetText(snippet),
        snippetHtml: snippetHtml(snippet),
      }
    }),
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

/** Text hits first (best first), then the documents that only mention the entities, each marked with those it mentions. */
function candidatesOf(
  hits: readonly DocumentSearchHit[],
  mentioned: readonly EntityDocument[],
  entities: readonly EntitySummary[],
): Candidate[] {
  const results = new Map<string, Candidate>()
  for (const hit of hits) {
    const { documentId, title, type, sourceId, score } = hit
    results.set(documentId, {
      ...{ documentId, title, type, sourceId, score },
      date: hit.date ?? null,
      entities: [],
      text: true,
    })
  }
  for (const entity of entities) {
    for (const row of mentioned) {
      if (row.entityId !== entity.id) continue
      const existing = results.get(row.documentId)
      if (existing !== undefined) {
        if (!existing.entities.includes(entity.id)) existing.entities.push(entity.id)
        continue
      }
      const { documentId, title, type, sourceId } = row
      results.set(documentId, {
        ...{ documentId, title, type, sourceId },
        date: row.date ?? null,
        score: 0,
        entities: [entity.id],
        text: false,
      })
    }
  }
  return [...results.values()]
}

/**
 * Snippets for one page of results: text hits from the full-text index (one search limited to them), the others
 * from the first mention of the first query entity they mention.
 */
async function snippetsOf(
  store: Store,
  q: string,
  keys: readonly string[],
  page: readonly Candidate[],
): Promise<Map<string, string>> {
  const textIds = page.filter((r) => r.text).map((r) => r.documentId)
  const [hits, quotes] = await Promise.all([
    textIds.length === 0
      ? []
      : store.searchDocuments({ text: q, keys, documentIds: textIds, limit: textIds.length }),
    Promise.all(
      page
        .filter((r) => !r.text)
        .map(async (r) => {
          const [mention] = await store.listMentions({
            entityId: r.entities[0] as string,
            documentId: r.documentId,
            limit: 1,
          })
          if (mention === undefined) return [r.documentId, ''] as const
          const { prefix, exact, suffix } = mention.provenance.quote
          const snippet = `…${prefix}${MARK_START}${exact}${MARK_END}${suffix}…`.replace(/\s+/g, ' ')
          return [r.documentId, snippet] as const
        }),
    ),
  ])
  return new Map([...hits.map((hit) => [hit.documentId, hit.snippet] as const), ...quotes])
}
