import pg from 'pg'
import type {
  DiagnosticRecord,
  DocumentRecord,
  EntityRecord,
  FactRecord,
  MentionRecord,
  SourceEdition,
  SourceRecord,
} from '../../core/index.ts'
import { withText } from '../document-text.ts'
import { mergeEntities } from '../merge-entities.ts'
import type { SourceSummary, Store } from '../store.ts'
import { migrate } from './migrate.ts'
import { createQueryParams } from './query-params.ts'
import { listReuse, replaceReuse } from './reuse.ts'
import { deleteSource, insertDiagnostics, replaceEdition } from './save-edition.ts'
import {
  listEntityDocuments,
  makeSnippets,
  matchDocuments,
  SOURCE_ID_OF,
  searchDocuments,
} from './search-documents.ts'
import { inTransaction } from './transaction.ts'

export interface PostgresStoreOptions {
  /** Where the server is, e.g. `postgres://fond:fond@127.0.0.1:5432/fond` (see scripts/start-postgres.sh). */
  readonly connectionString: string
  /**
   * Schema that holds the tables; created if missing. Lower-case letters, digits and underscores.
   * @default 'public'
   */
  readonly schema?: string
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/
const ITEM_KINDS = ['editorial', 'glossary', 'index', 'witnesses', 'removal'] as const
type DataRow<T> = { data: T }

/** Raises the change counter every process reads its revision from (in the transaction of the change). */
const BUMP_REVISION = 'UPDATE store_revision SET n = n + 1'

/**
 * Opens a Postgres store, creating or migrating its tables first. It behaves as the SQLite store: the same
 * tables, filters and order, and it passes the same contract tests (src/store/store.contract.ts).
 * @example const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL ?? '' })
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const schema = options.schema ?? 'public'
  if (!SCHEMA_NAME.test(schema)) {
    throw new TypeError(
      `Cannot open the Postgres store: schema "${schema}" is not lower-case letters, digits and underscores`,
    )
  }
  // Every connection of the pool finds the store's tables (and nothing else) through its search path.
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    options: `-c search_path=${schema}`,
  })
  // Deliberately ignored: an idle connection that breaks is dropped by the pool, and the next query opens a
  // new one or reports the lasting problem. Without a listener the error would end the process.
  pool.on('error', () => {})
  try {
    await migrate(pool, schema)
  } catch (error) {
    await pool.end()
    throw error
  }

  const rowsOf = async <T>(sql: string, params: readonly unknown[] = []): Promise<T[]> =>
    (await pool.query<DataRow<T>>(sql, [...params])).rows.map((row) => row.data)
  const mentionCounts = async (entityId?: string): Promise<Map<string, number>> => {
    const result =
      entityId === undefined
        ? await pool.query<{ entity_id: string; n: number }>(
            'SELECT entity_id, count(*)::integer AS n FROM mentions WHERE entity_id IS NOT NULL GROUP BY entity_id',
          )
        : await pool.query<{ entity_id: string; n: number }>(
            'SELECT entity_id, count(*)::integer AS n FROM mentions WHERE entity_id = $1 GROUP BY entity_id',
            [entityId],
          )
    return new Map(result.rows.map((row) => [row.entity_id, row.n]))
  }
  /** Puts the documents' text and quotes back from their sources' texts, read once per call. */
  const attachTexts = async (docs: DocumentRecord[]): Promise<DocumentRecord[]> => {
    const ids = [...new Set(docs.map((doc) => doc.sourceId))]
    if (ids.length === 0) return docs
    const rows = await pool.query<{ id: string; text: string; raw: string }>(
      'SELECT id, text, raw FROM sources WHERE id = ANY($1::text[])',
      [ids],
    )
    const texts = new Map(rows.rows.map((row) => [row.id, row]))
    return docs.map((doc) => withText(doc, texts.get(doc.sourceId) ?? { text: '', raw: '' }))
  }

  /** Saves and removals through this store; the count and last import time of sources catch other processes'. */
  let changes = 0
  return {
    async findContentHash(sourceId) {
      const result = await pool.query<{ content_hash: string }>(
        'SELECT content_hash FROM sources WHERE id = $1',
        [sourceId],
      )
      return result.rows[0]?.content_hash
    },
    async saveEdition(edition) {
      changes++
      await inTransaction(pool, async (client) => {
        await replaceEdition(client, edition)
        await client.query(BUMP_REVISION)
      })
    },
    async saveEditions(editions) {
      changes++
      await inTransaction(pool, async (client) => {
        for (const edition of editions) await replaceEdition(client, edition)
        await client.query(BUMP_REVISION)
      })
    },
    async saveFileDiagnostics(file, diagnostics) {
      await inTransaction(pool, async (client) => {
        await client.query(
          'DELETE FROM diagnostics WHERE file = $1 AND source_id NOT IN (SELECT id FROM sources)',
          [file],
        )
        await insertDiagnostics(client, diagnostics)
      })
    },
    async listSources() {
      const count = (table: string, extra = '') =>
        `(SELECT count(*) FROM ${table} WHERE source_id = s.id ${extra})::integer`
      const result = await pool.query<SourceCounts & DataRow<SourceRecord>>(
        `SELECT s.data,
           ${count('documents')} AS documents,
           ${count('notes')} AS notes,
           ${count('markers')} AS markers,
           ${count('items', "AND kind = 'glossary'")} AS glossary_entries,
           ${count('items', "AND kind = 'index'")} AS index_entries,
           (SELECT coalesce(sum(jsonb_array_length(data -> 'variants')), 0) FROM items
             WHERE source_id = s.id AND kind = 'witnesses')::integer AS variants,
           ${count('diagnostics')} AS diagnostics
         FROM sources s ORDER BY s.name`,
      )
      return result.rows.map(
        (row): SourceSummary => ({
          ...row.data,
          documents: row.documents,
          notes: row.notes,
          markers: row.markers,
          glossaryEntries: row.glossary_entries,
          indexEntries: row.index_entries,
          variants: row.variants,
          diagnostics: row.diagnostics,
        }),
      )
    },
    async findSource(idOrName) {
      const rows = await rowsOf<SourceRecord>(
        'SELECT data FROM sources WHERE id = $1 OR name = $1 ORDER BY id LIMIT 1',
        [idOrName],
      )
      return rows[0]
    },
    async listDocuments(filter = {}) {
      const where: string[] = []
      const { params, param } = createQueryParams()
      if (filter.source !== undefined)
        where.push(`d.source_id = ${SOURCE_ID_OF(`${param(filter.source)}::text`)}`)
      if (filter.types !== undefined && filter.types.length > 0) {
        where.push(`d.type = ANY(${param(filter.types)}::text[])`)
      }
      // A date matches when its prefix is within the bounds, so '1925-07' matches from '1925' and to '1925'.
      if (filter.from !== undefined) {
        where.push(
          `d.date_sort IS NOT NULL AND substr(d.date_sort, 1, ${param(filter.from.length)}::integer) >= ${param(filter.from)}::text`,
        )
      }
      if (filter.to !== undefined) {
        where.push(
          `d.date_sort IS NOT NULL AND substr(d.date_sort, 1, ${param(filter.to.length)}::integer) <= ${param(filter.to)}::text`,
        )
      }
      const limit =
        filter.limit === undefined ? '' : `LIMIT ${param(Math.max(0, Math.floor(filter.limit)))}::integer`
      return attachTexts(
        await rowsOf<DocumentRecord>(
          `SELECT d.data FROM documents d JOIN sources s ON s.id = d.source_id
           ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.name, d.ord ${limit}`,
          params,
        ),
      )
    },
    async findDocument(id) {
      return (
        await attachTexts(await rowsOf<DocumentRecord>('SELECT data FROM documents WHERE id = $1', [id]))
      )[0]
    },
    async listMentions(filter = {}) {
      const where: string[] = []
      const { params, param } = createQueryParams()
      if (filter.source !== undefined)
        where.push(`m.source_id = ${SOURCE_ID_OF(`${param(filter.source)}::text`)}`)
      if (filter.types !== undefined && filter.types.length > 0)
        where.push(`m.type = ANY(${param(filter.types)}::text[])`)
      if (filter.entityId !== undefined) where.push(`m.entity_id = ${param(filter.entityId)}::text`)
      if (filter.documentId !== undefined) where.push(`m.document_id = ${param(filter.documentId)}::text`)
      const limit =
        filter.limit === undefined ? '' : `LIMIT ${param(Math.max(0, Math.floor(filter.limit)))}::integer`
      const offset =
        filter.offset === undefined ? '' : `OFFSET ${param(Math.max(0, Math.floor(filter.offset)))}::integer`
      return rowsOf<MentionRecord>(
        `SELECT m.data FROM mentions m JOIN sources s ON s.id = m.source_id
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.name, m.start, m.seq ${limit} ${offset}`,
        params,
      )
    },
    async listEntities(filter = {}) {
      const types = filter.types ?? []
      const records =
        types.length > 0
          ? await rowsOf<EntityRecord>(
              'SELECT data FROM entities WHERE type = ANY($1::text[]) ORDER BY seq',
              [types],
            )
          : await rowsOf<EntityRecord>('SELECT data FROM entities ORDER BY seq')
      return mergeEntities(records, await mentionCounts())
    },
    async findEntity(id) {
      const records = await rowsOf<EntityRecord>('SELECT data FROM entities WHERE id = $1 ORDER BY seq', [id])
      return mergeEntities(records, await mentionCounts(id))[0]
    },
    async listFacts(filter = {}) {
      const where: string[] = []
      const { params, param } = createQueryParams()
      if (filter.source !== undefined)
        where.push(`f.source_id = ${SOURCE_ID_OF(`${param(filter.source)}::text`)}`)
      if (filter.types !== undefined && filter.types.length > 0)
        where.push(`f.type = ANY(${param(filter.types)}::text[])`)
      if (filter.entity !== undefined) {
        const entity = param(filter.entity)
        where.push(`(f.subject = ${entity}::text OR f.object = ${entity}::text)`)
      }
      if (filter.predicate !== undefined) where.push(`f.predicate = ${param(filter.predicate)}::text`)
      return rowsOf<FactRecord>(
        `SELECT f.data FROM facts f JOIN sources s ON s.id = f.source_id
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.name, f.seq`,
        params,
      )
    },
    async loadEdition(sourceId) {
      // One snapshot for all the reads, so a save running meanwhile is seen whole or not at all.
      return inTransaction(
        pool,
        (client) => loadEdition(client, sourceId),
        'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
      )
    },
    async listDiagnostics(filter = {}) {
      const where: string[] = []
      const params: unknown[] = []
      if (filter.source !== undefined) {
        params.push(filter.source, `%/${filter.source}`)
        // ILIKE without an escape character matches as SQLite's LIKE does (ASCII case folded under "C").
        where.push(`(source_id = ${SOURCE_ID_OF('$1::text')} OR file = $1 OR file ILIKE $2 ESCAPE '')`)
      }
      if (filter.severity !== undefined) {
        params.push(filter.severity)
        where.push(`severity = $${params.length}`)
      }
      return rowsOf<DiagnosticRecord>(
        `SELECT data FROM diagnostics ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY file, seq`,
        params,
      )
    },
    async searchDocuments(query) {
      return searchDocuments(pool, query)
    },
    async matchDocuments(query) {
      return matchDocuments(pool, query)
    },
    async makeSnippets(request) {
      return makeSnippets(pool, request)
    },
    async listEntityDocuments(filter) {
      return listEntityDocuments(pool, filter)
    },
    async revision() {
      const result = await pool.query<{ n: string }>('SELECT n::text AS n FROM store_revision')
      return `${changes}:${result.rows[0]?.n ?? 0}`
    },
    async removeSource(sourceId) {
      changes++
      return inTransaction(pool, async (client) => {
        const removed = await deleteSource(client, sourceId)
        await client.query(BUMP_REVISION)
        return removed
      })
    },
    async replaceReuse(items) {
      changes++
      await replaceReuse(pool, items, BUMP_REVISION)
    },
    async listReuse(filter) {
      return listReuse(pool, filter)
    },
    async close() {
      await pool.end()
    },
  }
}

interface SourceCounts {
  readonly documents: number
  readonly notes: number
  readonly markers: number
  readonly glossary_entries: number
  readonly index_entries: number
  readonly variants: number
  readonly diagnostics: number
}

async function loadEdition(client: pg.PoolClient, idOrName: string): Promise<SourceEdition | undefined> {
  const sources = await client.query<{ id: string; raw: string; text: string; data: SourceRecord }>(
    'SELECT id, raw, text, data FROM sources WHERE id = $1 OR name = $1 ORDER BY id LIMIT 1',
    [idOrName],
  )
  const source = sources.rows[0]
  if (source === undefined) return undefined
  const all = async <T>(sql: string) =>
    (await client.query<DataRow<T>>(sql, [source.id])).rows.map((row) => row.data)
  const documents = await all<SourceEdition['documents'][number]>(
    'SELECT data FROM documents WHERE source_id = $1 ORDER BY ord',
  )
  const notes = await all<SourceEdition['notes'][number]>(
    'SELECT data FROM notes WHERE source_id = $1 ORDER BY seq',
  )
  const markers = await all<SourceEdition['markers'][number]>(
    'SELECT data FROM markers WHERE source_id = $1 ORDER BY seq',
  )
  const items = (
    await client.query<{ kind: string; data: never }>(
      'SELECT kind, data FROM items WHERE source_id = $1 ORDER BY seq',
      [source.id],
    )
  ).rows
  const ofKind = (kind: (typeof ITEM_KINDS)[number]) =>
    items.filter((item) => item.kind === kind).map((item) => item.data)
  const diagnostics = await all<DiagnosticRecord>(
    'SELECT data FROM diagnostics WHERE source_id = $1 ORDER BY seq',
  )
  const mentions = await all<MentionRecord>('SELECT data FROM mentions WHERE source_id = $1 ORDER BY seq')
  const entities = await all<EntityRecord>('SELECT data FROM entities WHERE source_id = $1 ORDER BY seq')
  const facts = await all<FactRecord>('SELECT data FROM facts WHERE source_id = $1 ORDER BY seq')
  return {
    source: source.data,
    raw: source.raw,
    text: source.text,
    documents: documents.map((doc) => withText(doc, source)),
    notes,
    markers,
    editorial: ofKind('editorial'),
    glossary: ofKind('glossary'),
    index: ofKind('index'),
    witnesses: ofKind('witnesses'),
    removals: ofKind('removal'),
    mentions,
    entities,
    facts,
    diagnostics,
  }
}
