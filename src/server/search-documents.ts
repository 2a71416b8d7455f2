import type { DocumentType } from '../core/index.ts'
import { parsePersonName } from '../core/index.ts'
import type { DocumentSearch, DocumentSearchHit, EntitySummary, Store } from '../store/index.ts'
import { MARK_END, MARK_START, parseSearchText } from '../store/index.ts'
import { loadEntityIndex } from './entity-index.ts'
import { loadFileNames } from './labels.ts'
import { loadMentionIndex, type MentionIndex } from './mention-index.ts'
import { snippetHtml, snippetText } from './render-html.ts'
import { countFacet, entityFacets } from './search-facets.ts'

/** How many entities a query may bring in, and how many spellings of them are searched for. */
const ENTITY_LIMIT = 3
const KEY_LIMIT = 40
/** Text results read for facets and paging. */
const TEXT_LIMIT = 500
/** Document ids one text search is restricted to at most (SQLite limits a statement's parameters). */
const ID_CHUNK = 10_000

export interface SearchRequest {
  readonly q: string
  readonly source?: string
  readonly types?: readonly DocumentType[]
  readonly year?: string
  /** Only documents that mention this person (an entity id). */
  readonly person?: string
  /** Only documents that mention this body (an entity id). */
  readonly body?: string
  readonly limit: number
  readonly offset: number
}

/** Settings of the search that tests change. */
export interface SearchOptions {
  /** Text results read for facets and paging. @default 500 */
  readonly textLimit?: number
  /** Document ids one text search is restricted to at most. @default 10 000 */
  readonly idChunk?: number
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

/**
 * Every spelling of the entities, as they may be printed: a person by surname, anything else by whole name. Each
 * is matched as a phrase of words, and a document matches any of them, so spellings with the same words
 * ("VKP(b)", "VKP/b") are one, and a spelling that contains another's words in order ("All-Union Communist Party"
 * beside "Communist Party") adds nothing: both are left out, as each phrase costs the index a pass.
 */
function spellingsOf(entities: readonly EntitySummary[]): string[] {
  const byWords = new Map<string, string>()
  for (const entity of entities)
    for (const name of [entity.name, ...entity.variants]) {
      const spelling = entity.type === 'person' ? parsePersonName(name).surname || name : name
      const words = wordsOf(spelling)
      if (words !== '' && !byWords.has(words)) byWords.set(words, spelling)
    }
  const all = [...byWords.keys()]
  return all
    .filter((words) => !all.some((other) => other !== words && ` ${words} `.includes(` ${other} `)))
    .map((words) => byWords.get(words) as string)
    .slice(0, KEY_LIMIT)
}

/** The words of a spelling as the index sees them, in lower case, one space apart. */
const wordsOf = (spelling: string) =>
  parseSearchText(spelling)
    .flatMap((term) => term.words)
    .join(' ')
    .toLowerCase()

/**
 * Full-text search across spellings and scripts: the query's words and phrases in the documents' text, the
 * entities its name keys find (Trotsky, Trotskii and Троцкий find one person) with every spelling of them, and the
 * documents that mention those entities. Entities come first; documents best first, with facets by source, type,
 * year, person and body. What is derived from the whole store (entity index, who is mentioned where) is kept per
 * store revision, the candidates are read without snippets, and only the page gets snippets.
 */
export async function searchDocuments(store: Store, request: SearchRequest, options: SearchOptions = {}) {
  const [index, files, mentions] = await Promise.all([
    loadEntityIndex(store),
    loadFileNames(store),
    loadMentionIndex(store),
  ])
  const entities = index.find(request.q.replaceAll('"', ' ')).slice(0, ENTITY_LIMIT)
  const keys = spellingsOf(entities)
  const query: DocumentSearch = {
    text: request.q,
    keys,
    limit: options.textLimit ?? TEXT_LIMIT,
    snippets: false,
    ...(request.source === undefined ? {} : { source: request.source }),
    ...(request.types === undefined ? {} : { types: request.types }),
  }
  const hits = await searchAmong(store, query, mentionedBy(mentions, request), options.idChunk ?? ID_CHUNK)
  const inSource = (sourceId: string) =>
    request.source === undefined || sourceId === request.source || files.get(sourceId) === request.source
  const listed = candidatesOf(hits, mentions, entities).filter(
    (r) => inSource(r.sourceId) && (request.types === undefined || request.types.includes(r.type)),
  )
  const mentioning = (r: Candidate, id: string | undefined) =>
    id === undefined || mentions.mentions(r.documentId, id)
  const anyYear = listed.filter((r) => mentioning(r, request.person) && mentioning(r, request.body))
  const ranked = anyYear
    .filter((r) => request.year === undefined || r.date?.slice(0, 4) === request.year)
    .sort((a, b) => b.entities.length - a.entities.length || b.score - a.score)
  const page = ranked.slice(request.offset, request.offset + request.limit)
  const snippets = await snippetsOf(store, request.q, keys, page)
  const { person, body } = entityFacets(
    ranked.map((r) => r.documentId),
    mentions,
    index.byId,
  )
  return {
    query: request.q,
    terms: parseSearchText(request.q),
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
      source: countFacet(
        ranked.map((r) => r.sourceId),
        (id) => files.get(id) ?? id,
      ),
      type: countFacet(ranked.map((r) => r.type)),
      year: countFacet(anyYear.flatMap((r) => (r.date === null ? [] : [r.date.slice(0, 4)]))).sort((a, b) =>
        a.value.localeCompare(b.value),
      ),
      person,
      body,
    },
  }
}

/**
 * The documents that mention the chosen person and body (both, when both are chosen), or undefined when neither
 * is: the text search then looks among these only, so that none of them is lost below the limit of text results.
 */
function mentionedBy(mentions: MentionIndex, request: SearchRequest): string[] | undefined {
  const chosen = [request.person, request.body].filter((id) => id !== undefined)
  if (chosen.length === 0) return undefined
  const [first, ...others] = chosen.map(
    (id) => new Set(mentions.documentsOf(id).map((row) => row.documentId)),
  )
  return [...(first as Set<string>)].filter((id) => others.every((set) => set.has(id)))
}

/**
 * The text search, among some documents when `documentIds` is given: a chunk of them at a time, the hits of all
 * chunks merged best first (scores do not depend on the chunk) and cut to the query's limit.
 */
async function searchAmong(
  store: Store,
  query: DocumentSearch,
  documentIds: readonly string[] | undefined,
  chunk: number,
): Promise<DocumentSearchHit[]> {
  if (documentIds === undefined) return store.searchDocuments(query)
  const hits: DocumentSearchHit[] = []
  for (let i = 0; i < documentIds.length; i += chunk)
    hits.push(...(await store.searchDocuments({ ...query, documentIds: documentIds.slice(i, i + chunk) })))
  return hits
    .sort((a, b) => b.score - a.score || a.documentId.localeCompare(b.documentId))
    .slice(0, query.limit)
}

/** Text hits first (best first), then the documents that only mention the entities, each marked with those it mentions. */
function candidatesOf(
  hits: readonly DocumentSearchHit[],
  mentions: MentionIndex,
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
    for (const row of mentions.documentsOf(entity.id)) {
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
 * Snippets for one page of results: text hits cut from their text around the first match (no second search),
 * the others from the first mention of the first query entity they mention.
 */
async function snippetsOf(
  store: Store,
  q: string,
  keys: readonly string[],
  page: readonly Candidate[],
): Promise<Map<string, string>> {
  const textIds = page.filter((r) => r.text).map((r) => r.documentId)
  const [texts, quotes] = await Promise.all([
    store.makeSnippets({ text: q, keys, documentIds: textIds }),
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
  return new Map([...texts.map((s) => [s.documentId, s.snippet] as const), ...quotes])
}
