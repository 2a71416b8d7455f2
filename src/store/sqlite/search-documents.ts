import type Database from 'better-sqlite3'
import { makeSnippet, snippetPattern } from '../search-snippet.ts'
import { MARK_END, MARK_START, parseSearchText } from '../search-text.ts'
import type {
  DocumentListing,
  DocumentMatches,
  DocumentSearch,
  DocumentSearchHit,
  DocumentSnippet,
  EntityDocument,
  EntityDocumentFilter,
  SnippetRequest,
} from '../store.ts'
import type { ReadRowTexts } from './row-texts.ts'
import type { Prepare } from './statements.ts'

type Row = Record<string, unknown>
type ResolveSource = (idOrName: string) => string | undefined

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ')

/**
 * Full-text search in SQLite's FTS5 index: best first (bm25, a title match weighing five times one in the text),
 * with a snippet of each hit unless `snippets` is false. Two steps, so that the cost is the index's: the best
 * rows are ranked inside the index (joined to their documents only when a filter needs it), then snippets are
 * made for the rows kept only.
 * @example searchDocuments(prepare, { text: 'molot greet' }, resolveSourceId)[0]?.snippet // '…\u0002Molotov\u0003…'
 */
export function searchDocuments(
  prepare: Prepare,
  query: DocumentSearch,
  resolveSource: ResolveSource,
  read: ReadRowTexts,
): DocumentSearchHit[] {
  const match = toFtsMatch(query)
  if (match === undefined) return []
  const sourceId = query.source === undefined ? undefined : (resolveSource(query.source) ?? query.source)
  if (query.documentIds !== undefined)
    return searchAmong(prepare, match, query.documentIds, query, sourceId, read)
  const where = ['documents_fts MATCH ?']
  const params: unknown[] = [match]
  const filtered = query.source !== undefined || (query.types !== undefined && query.types.length > 0)
  if (query.source !== undefined) {
    where.push('d.source_id = ?')
    params.push(sourceId)
  }
  if (query.types !== undefined && query.types.length > 0) {
    where.push(`d.type IN (${marks(query.types)})`)
    params.push(...query.types)
  }
  params.push(Math.max(0, Math.floor(query.limit ?? 20)))
  // Only the index's rowid and rank: reading any stored column would read every match's text.
  const join = filtered ? 'JOIN documents d ON d.fts_rowid = documents_fts.rowid' : ''
  const rows = prepare(
    `SELECT f.fts_rowid, f.rank, d.id, d.title, d.type, d.source_id, d.date_sort
       FROM (SELECT documents_fts.rowid AS fts_rowid, bm25(documents_fts, 5.0, 1.0) AS rank
             FROM documents_fts ${join} WHERE ${where.join(' AND ')}
             ORDER BY rank, documents_fts.rowid LIMIT ?) f
       JOIN documents d ON d.fts_rowid = f.fts_rowid ORDER BY f.rank, d.id`,
  ).all(...params) as Row[]
  return withSnippets(prepare, query, rows, read)
}

/**
 * Every document the search matches and its score, unranked (see `Store.matchDocuments`): the index computes
 * bm25 for each match (as `searchDocuments` does) and nothing else; documents come from `listings`.
 */
export function matchDocuments(
  statement: Database.Statement,
  query: Pick<DocumentSearch, 'text' | 'keys'>,
  listings: ReadonlyMap<number, DocumentListing>,
): DocumentMatches {
  const match = toFtsMatch(query)
  if (match === undefined) return { documents: [], scores: [] }
  const documents: DocumentListing[] = []
  const scores: number[] = []
  for (const [rowid, rank] of statement.all(match) as [number, number][]) {
    const listing = listings.get(rowid)
    if (listing === undefined) continue
    documents.push(listing)
    scores.push(-rank)
  }
  return { documents, scores }
}

/** Rows of the index as hits, each with its snippet unless the query asks for none. */
function withSnippets(prepare: Prepare, query: DocumentSearch, rows: readonly Row[], read: ReadRowTexts) {
  const snippets =
    query.snippets === false
      ? new Map()
      : snippetsOf(
          prepare,
          query,
          rows.map((row) => row.fts_rowid),
          read,
        )
  return rows.map((row) => toHit(row, snippets.get(row.fts_rowid) ?? ''))
}

const toHit = (row: Row, snippet: string): DocumentSearchHit => ({
  documentId: row.id as string,
  title: row.title as string,
  type: row.type as DocumentSearchHit['type'],
  sourceId: row.source_id as string,
  ...(row.date_sort === null ? {} : { date: row.date_sort as string }),
  snippet,
  score: -(row.rank as number),
})

/**
 * The search limited to some documents: their rows of the index are looked up first, so that the index only
 * ranks and cuts snippets from those rows.
 */
function searchAmong(
  prepare: Prepare,
  match: string,
  documentIds: readonly string[],
  query: DocumentSearch,
  sourceId: string | undefined,
  read: ReadRowTexts,
): DocumentSearchHit[] {
  if (documentIds.length === 0) return []
  const documents = prepare(
    `SELECT fts_rowid, id, title, type, source_id, date_sort FROM documents
       WHERE id IN (${marks(documentIds)})`,
  ).all(...documentIds) as Row[]
  const kept = documents.filter(
    (row) =>
      (sourceId === undefined || row.source_id === sourceId) &&
      (query.types === undefined || query.types.length === 0 || query.types.includes(row.type as never)) &&
      row.fts_rowid !== null,
  )
  if (kept.length === 0) return []
  const ranks = prepare(
    `SELECT rowid, bm25(documents_fts, 5.0, 1.0) AS rank
       FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN (${marks(kept)})`,
  ).all(match, ...kept.map((row) => row.fts_rowid)) as Row[]
  const byRowid = new Map(ranks.map((row) => [row.rowid, row]))
  const found = kept
    .flatMap((row) => {
      const rank = byRowid.get(row.fts_rowid)?.rank
      return rank === undefined ? [] : [{ ...row, rank } as Row]
    })
    .sort((a, b) => (a.rank as number) - (b.rank as number) || String(a.id).localeCompare(String(b.id)))
    .slice(0, Math.max(0, Math.floor(query.limit ?? 20)))
  return withSnippets(prepare, query, found, read)
}

/**
 * The snippets of some rows of the index, by their rowid: cut from each row's text around its first match (see
 * `makeSnippet`), so that a long document costs no more than a short one; the index's own `snippet()`, which
 * reads the whole text, only where the text has no match that a regular expression finds (letters the index folds).
 */
function snippetsOf(
  prepare: Prepare,
  query: { readonly text: string; readonly keys?: readonly string[] },
  rowids: readonly unknown[],
  read: ReadRowTexts,
): Map<unknown, string> {
  if (rowids.length === 0) return new Map()
  const pattern = snippetPattern(query)
  const snippets = new Map<unknown, string>()
  for (const [rowid, text] of read(rowids)) {
    const snippet =
      makeSnippet(text.body, pattern, text.lowerBody) ?? makeSnippet(text.title, pattern, text.lowerTitle)
    snippets.set(rowid, snippet ?? indexSnippet(prepare, toFtsMatch(query), rowid))
  }
  return snippets
}

/** The index's own snippet of one row ('' when the row does not match). */
function indexSnippet(prepare: Prepare, match: string | undefined, rowid: unknown): string {
  if (match === undefined) return ''
  const row = prepare(
    `SELECT snippet(documents_fts, -1, ?, ?, '…', 16) AS snippet FROM documents_fts
       WHERE documents_fts MATCH ? AND rowid = ?`,
  ).get(MARK_START, MARK_END, match, rowid) as Row | undefined
  return (row?.snippet as string | undefined) ?? ''
}

/** Snippets of the given documents, in the order given, without searching again (see `Store.makeSnippets`). */
export function makeSnippets(
  prepare: Prepare,
  request: SnippetRequest,
  read: ReadRowTexts,
): DocumentSnippet[] {
  if (request.documentIds.length === 0) return []
  const rows = prepare(`SELECT id, fts_rowid FROM documents WHERE id IN (${marks(request.documentIds)})`).all(
    ...request.documentIds,
  ) as Row[]
  const rowids = new Map(rows.map((row) => [row.id as string, row.fts_rowid]))
  const snippets = snippetsOf(
    prepare,
    request,
    [...rowids.values()].filter((rowid) => rowid !== null),
    read,
  )
  return request.documentIds.flatMap((documentId) =>
    rowids.has(documentId) ? [{ documentId, snippet: snippets.get(rowids.get(documentId)) ?? '' }] : [],
  )
}

/**
 * The documents that mention any of the entities, one row per document and entity, by source name and first
 * mention; read from `entity_documents`, which saving an edition fills, as one range of its key per entity.
 */
export function listEntityDocuments(
  prepare: Prepare,
  filter: EntityDocumentFilter,
  resolveSource: ResolveSource,
): EntityDocument[] {
  if (filter.entityIds.length === 0) return []
  const where = [`entity_id IN (${marks(filter.entityIds)})`]
  const params: unknown[] = [...filter.entityIds]
  if (filter.source !== undefined) {
    where.push('source_id = ?')
    params.push(resolveSource(filter.source) ?? filter.source)
  }
  if (filter.types !== undefined && filter.types.length > 0) {
    where.push(`type IN (${marks(filter.types)})`)
    params.push(...filter.types)
  }
  const rows = prepare(
    `SELECT document_id, entity_id, title, type, source_id, date_sort FROM entity_documents
       WHERE ${where.join(' AND ')} ORDER BY source_name, first_start, document_id, entity_id`,
  ).all(...params) as Row[]
  return rows.map((row) => ({
    documentId: row.document_id as string,
    entityId: row.entity_id as string,
    title: row.title as string,
    type: row.type as EntityDocument['type'],
    sourceId: row.source_id as string,
    ...(row.date_sort === null ? {} : { date: row.date_sort as string }),
  }))
}

/**
 * The FTS5 query for a search: every word of the text as a prefix and every quoted phrase, all required; or any
 * key as a phrase. Terms are quoted, so nothing a reader types is read as FTS5 syntax.
 */
function toFtsMatch(query: Pick<DocumentSearch, 'text' | 'keys'>): string | undefined {
  const quote = (words: readonly string[]) => `"${words.join(' ')}"`
  const text = parseSearchText(query.text)
    .map((term) => (term.phrase ? quote(term.words) : `${quote(term.words)}*`))
    .join(' AND ')
  const keys = (query.keys ?? [])
    .map((key) => parseSearchText(key).flatMap((term) => term.words))
    .filter((words) => words.length > 0)
    .map(quote)
  const parts = [...(text === '' ? [] : [`(${text})`]), ...keys]
  return parts.length === 0 ? undefined : parts.join(' OR ')
}
