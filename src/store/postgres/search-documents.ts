import type pg from 'pg'
import { makeSnippet, snippetPattern } from '../search-snippet.ts'
import { MARK_END, MARK_START, parseSearchText } from '../search-text.ts'
import type {
  DocumentMatches,
  DocumentSearch,
  DocumentSearchHit,
  DocumentSnippet,
  EntityDocument,
  EntityDocumentFilter,
  SnippetRequest,
} from '../store.ts'
import { createQueryParams } from './query-params.ts'

/** The id of the source named by id or file name, else the argument itself (so it matches nothing). */
export const SOURCE_ID_OF = (param: string) =>
  `coalesce((SELECT id FROM sources WHERE id = ${param} OR name = ${param} ORDER BY id LIMIT 1), ${param})`

/** How much of the text a search snippet shows. */
const HEADLINE = 'MaxWords=32, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'

interface DocumentRow {
  id: string
  title: string
  type: DocumentSearchHit['type']
  source_id: string
  date_sort: string | null
}

/**
 * Full-text search with Postgres's text search: best first (ts_rank; a title match, weight A, counts more than
 * one in the text), with a headline of each hit unless `snippets` is false (headlines are most of the cost).
 * @example (await searchDocuments(pool, { text: 'molot greet' }))[0]?.snippet // '…\u0002Molotov\u0003…'
 */
export async function searchDocuments(pool: pg.Pool, query: DocumentSearch): Promise<DocumentSearchHit[]> {
  const tsquery = toTsQuery(query)
  if (tsquery === undefined) return []
  const where = ['d.search @@ q']
  const { params, param } = createQueryParams([tsquery])
  if (query.source !== undefined) where.push(`d.source_id = ${SOURCE_ID_OF(`${param(query.source)}::text`)}`)
  if (query.types !== undefined && query.types.length > 0)
    where.push(`d.type = ANY(${param(query.types)}::text[])`)
  if (query.documentIds !== undefined) where.push(`d.id = ANY(${param(query.documentIds)}::text[])`)
  const limit = param(Math.max(0, Math.floor(query.limit ?? 20)))
  const snippet =
    query.snippets === false
      ? "''"
      : `ts_headline('simple', b.body, r.q, ${param(`StartSel="${MARK_START}", StopSel="${MARK_END}", ${HEADLINE}`)})`
  // Headlines are made only for the rows kept, after ranking and the limit.
  const result = await pool.query<DocumentRow & { snippet: string; score: number }>(
    `SELECT r.id, r.title, r.type, r.source_id, r.date_sort, r.score, ${snippet} AS snippet
     FROM (SELECT d.id, d.title, d.type, d.source_id, d.date_sort, ts_rank(d.search, q)::float8 AS score, q
           FROM documents d, to_tsquery('simple', fond_fold($1)) q
           WHERE ${where.join(' AND ')} ORDER BY score DESC, d.id LIMIT ${limit}::integer) r
     JOIN documents b ON b.id = r.id
     ORDER BY r.score DESC, r.id`,
    params,
  )
  return result.rows.map((row) => ({ ...toHit(row), snippet: row.snippet, score: row.score }))
}

/**
 * Every document the search matches and its rank, unranked and without headlines (see `Store.matchDocuments`).
 */
export async function matchDocuments(
  pool: pg.Pool,
  query: Pick<DocumentSearch, 'text' | 'keys'>,
): Promise<DocumentMatches> {
  const tsquery = toTsQuery(query)
  if (tsquery === undefined) return { documents: [], scores: [] }
  const result = await pool.query<DocumentRow & { score: number }>(
    `SELECT d.id, d.title, d.type, d.source_id, d.date_sort, ts_rank(d.search, q)::float8 AS score
     FROM documents d, to_tsquery('simple', fond_fold($1)) q WHERE d.search @@ q`,
    [tsquery],
  )
  return { documents: result.rows.map(toHit), scores: result.rows.map((row) => row.score) }
}

/**
 * Snippets of the given documents, in the order given, without searching again (see `Store.makeSnippets`): cut
 * from each text around its first match (see `makeSnippet`); a headline only where that finds none.
 */
export async function makeSnippets(pool: pg.Pool, request: SnippetRequest): Promise<DocumentSnippet[]> {
  if (request.documentIds.length === 0) return []
  const result = await pool.query<{ id: string; title: string; body: string }>(
    'SELECT id, title, body FROM documents WHERE id = ANY($1::text[])',
    [request.documentIds],
  )
  const rows = new Map(result.rows.map((row) => [row.id, row]))
  const pattern = snippetPattern(request)
  return Promise.all(
    request.documentIds.flatMap((documentId) => {
      const row = rows.get(documentId)
      if (row === undefined) return []
      const snippet = makeSnippet(row.body, pattern) ?? makeSnippet(row.title, pattern)
      return [snippet === undefined ? headline(pool, request, documentId) : { documentId, snippet }]
    }),
  )
}

/** Postgres's own headline of one document for a search ('' when it does not match). */
async function headline(
  pool: pg.Pool,
  request: SnippetRequest,
  documentId: string,
): Promise<DocumentSnippet> {
  const tsquery = toTsQuery(request)
  const result =
    tsquery === undefined
      ? { rows: [] }
      : await pool.query<{ snippet: string }>(
          `SELECT ts_headline('simple', d.body, q, $3) AS snippet
           FROM documents d, to_tsquery('simple', fond_fold($1)) q WHERE d.id = $2 AND d.search @@ q`,
          [tsquery, documentId, `StartSel="${MARK_START}", StopSel="${MARK_END}", ${HEADLINE}`],
        )
  return { documentId, snippet: result.rows[0]?.snippet ?? '' }
}

/**
 * The documents that mention any of the entities, one row per document and entity, by source name and first
 * mention; read from the mentions' entity index without reading any mention's data.
 */
export async function listEntityDocuments(
  pool: pg.Pool,
  filter: EntityDocumentFilter,
): Promise<EntityDocument[]> {
  if (filter.entityIds.length === 0) return []
  const { params, param } = createQueryParams([filter.entityIds])
  const where = ['m.entity_id = ANY($1::text[])']
  if (filter.source !== undefined)
    where.push(`m.source_id = ${SOURCE_ID_OF(`${param(filter.source)}::text`)}`)
  if (filter.types !== undefined && filter.types.length > 0)
    where.push(`d.type = ANY(${param(filter.types)}::text[])`)
  const result = await pool.query<DocumentRow & { entity_id: string }>(
    `SELECT d.id, m.entity_id, d.title, d.type, d.source_id, d.date_sort,
       min(s.name) AS source_name, min(m.start) AS first
     FROM mentions m JOIN documents d ON d.id = m.document_id JOIN sources s ON s.id = m.source_id
     WHERE ${where.join(' AND ')}
     GROUP BY d.id, m.entity_id ORDER BY source_name, first, d.id, m.entity_id`,
    params,
  )
  return result.rows.map((row) => ({ ...toHit(row), entityId: row.entity_id }))
}

const toHit = (row: DocumentRow) => ({
  documentId: row.id,
  title: row.title,
  type: row.type,
  sourceId: row.source_id,
  ...(row.date_sort === null ? {} : { date: row.date_sort }),
})

/**
 * The tsquery for a search: every word of the text as a prefix and every quoted phrase, all required; or any key
 * as a phrase. Terms are only letters and digits, so nothing a reader types is read as tsquery syntax.
 */
function toTsQuery(query: Pick<DocumentSearch, 'text' | 'keys'>): string | undefined {
  const phrase = (words: readonly string[]) => `(${words.map((w) => `'${w}'`).join(' <-> ')})`
  const text = parseSearchText(query.text)
    .map((term) => (term.phrase ? phrase(term.words) : `'${term.words[0]}':*`))
    .join(' & ')
  const keys = (query.keys ?? [])
    .map((key) => parseSearchText(key).flatMap((term) => term.words))
    .filter((words) => words.length > 0)
    .map(phrase)
  const parts = [...(text === '' ? [] : [`(${text})`]), ...keys]
  return parts.length === 0 ? undefined : parts.join(' | ')
}
