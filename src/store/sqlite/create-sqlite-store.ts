import Database from 'better-sqlite3'
import type {
  DiagnosticRecord,
  DocumentRecord,
  EntityRecord,
  FactRecord,
  MentionRecord,
  SourceEdition,
  SourceRecord,
} from '../../core/index.ts'
import { ownTexts, withoutText, withText } from '../document-text.ts'
import { mergeEntities } from '../merge-entities.ts'
import type { SourceSummary, Store } from '../store.ts'
import { createDocumentListings } from './document-listings.ts'
import { entityDocumentsSql, MIGRATIONS } from './migrations.ts'
import { listReuse, replaceReuse } from './reuse.ts'
import { createRowTexts } from './row-texts.ts'
import { listEntityDocuments, makeSnippets, matchDocuments, searchDocuments } from './search-documents.ts'
import { createStatementCache } from './statements.ts'

export interface SqliteStoreOptions {
  /** File of the database, or ':memory:'. */
  readonly path: string
}

type Row = Record<string, unknown>

/**
 * Opens (and creates or migrates) a SQLite store: one file, WAL journal, foreign keys on.
 * @example const store = createSqliteStore({ path: ':memory:' })
 */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  const db = new Database(options.path)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('synchronous = NORMAL')
  migrate(db)
  /** Saves and removals through this connection (`data_version` counts those of other connections). */
  let changes = 0
  // Prepared once: every request asks the revision several times (each per-revision cache does).
  const dataVersion = db.prepare('PRAGMA data_version').pluck()
  const revision = () => `${changes}:${dataVersion.get()}`
  const prepare = createStatementCache(db)
  const rowTexts = createRowTexts(prepare, revision)
  const listings = createDocumentListings(prepare, revision)
  const matchStatement = db
    .prepare('SELECT rowid, bm25(documents_fts, 5.0, 1.0) FROM documents_fts WHERE documents_fts MATCH ?')
    .raw(true)

  const insertSource = db.prepare(
    'INSERT INTO sources (id, name, path, content_hash, imported_at, raw, text, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, source_id, parent_id, type, number, title, ord, date_iso, date_sort, line_start, line_end, data, fts_rowid)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertFts = db.prepare('INSERT INTO documents_fts (title, body, document_id) VALUES (?, ?, ?)')
  const insertNote = db.prepare(
    'INSERT INTO notes (id, source_id, document_id, label, data) VALUES (?, ?, ?, ?, ?)',
  )
  const insertMarker = db.prepare(
    'INSERT INTO markers (source_id, document_id, note_id, data) VALUES (?, ?, ?, ?)',
  )
  const insertItem = db.prepare('INSERT INTO items (source_id, kind, data) VALUES (?, ?, ?)')
  const insertMention = db.prepare(
    'INSERT INTO mentions (source_id, document_id, type, entity_id, start, data) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const insertFact = db.prepare(
    'INSERT INTO facts (source_id, type, subject, predicate, object, data) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const insertEntity = db.prepare('INSERT INTO entities (id, source_id, type, data) VALUES (?, ?, ?, ?)')
  const insertEntityDocuments = db.prepare(entityDocumentsSql('m.source_id = ?'))
  const insertDiagnostic = db.prepare(
    'INSERT INTO diagnostics (source_id, file, severity, rule_id, data) VALUES (?, ?, ?, ?, ?)',
  )

  const deleteSource = db.transaction((sourceId: string): boolean => {
    db.prepare(
      'DELETE FROM documents_fts WHERE rowid IN (SELECT fts_rowid FROM documents WHERE source_id = ?)',
    ).run(sourceId)
    db.prepare('DELETE FROM diagnostics WHERE source_id = ?').run(sourceId)
    return db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId).changes > 0
  })

  const save = db.transaction((edition: SourceEdition) => {
    const { source } = edition
    deleteSource(source.id)
    insertSource.run(
      source.id,
      source.name,
      source.path,
      source.contentHash,
      source.importedAt,
      edition.raw,
      edition.text,
      JSON.stringify(source),
    )
    const own = ownTexts(edition.documents, edition.text)
    for (const doc of edition.documents) {
      const date = doc.date ?? doc.editorialDate
      const dateSort = date?.iso ?? date?.bound ?? null
      const ftsRowid = insertFts.run(doc.title, own.get(doc.id) ?? '', doc.id).lastInsertRowid
      insertDocument.run(
        doc.id,
        doc.sourceId,
        doc.parentId ?? null,
        doc.type,
        doc.number ?? null,
        doc.title,
        doc.order,
        date?.iso ?? null,
        dateSort,
        doc.provenance.lineStart,
        doc.provenance.lineEnd,
        withoutText(doc),
        ftsRowid,
      )
    }
    for (const note of edition.notes) {
      insertNote.run(note.id, note.sourceId, note.documentId ?? null, note.label, JSON.stringify(note))
    }
    for (const marker of edition.markers) {
      insertMarker.run(
        marker.sourceId,
        marker.documentId ?? null,
        marker.noteId ?? null,
        JSON.stringify(marker),
      )
    }
    const items: [string, readonly unknown[]][] = [
      ['editorial', edition.editorial],
      ['glossary', edition.glossary],
      ['index', edition.index],
      ['witnesses', edition.witnesses],
      ['removal', edition.removals],
    ]
    for (const [kind, list] of items)
      for (const item of list) insertItem.run(source.id, kind, JSON.stringify(item))
    for (const mention of edition.mentions) {
      insertMention.run(
        mention.sourceId,
        mention.documentId ?? null,
        mention.type,
        mention.entityId ?? null,
        mention.provenance.span.start,
        JSON.stringify(mention),
      )
    }
    insertEntityDocuments.run(source.id)
    for (const entity of edition.entities)
      insertEntity.run(entity.id, entity.sourceId, entity.type, JSON.stringify(entity))
    for (const fact of edition.facts) {
      insertFact.run(
        fact.sourceId,
        fact.type,
        fact.subject,
        fact.predicate,
        fact.object ?? null,
        JSON.stringify(fact),
      )
    }
    for (const diagnostic of edition.diagnostics) saveDiagnostic(diagnostic)
  })

  function saveDiagnostic(diagnostic: DiagnosticRecord): void {
    insertDiagnostic.run(
      diagnostic.sourceId,
      diagnostic.file,
      diagnostic.severity,
      diagnostic.ruleId,
      JSON.stringify(diagnostic),
    )
  }

  // Each save inside is a savepoint of this one transaction.
  const saveAll = db.transaction((editions: readonly SourceEdition[]) => {
    for (const edition of editions) save(edition)
  })

  const saveFileDiagnostics = db.transaction((file: string, diagnostics: readonly DiagnosticRecord[]) => {
    db.prepare('DELETE FROM diagnostics WHERE file = ? AND source_id NOT IN (SELECT id FROM sources)').run(
      file,
    )
    for (const diagnostic of diagnostics) saveDiagnostic(diagnostic)
  })

  function resolveSourceId(idOrName: string): string | undefined {
    const row = prepare('SELECT id FROM sources WHERE id = ? OR name = ? ORDER BY id LIMIT 1').get(
      idOrName,
      idOrName,
    ) as Row | undefined
    return row?.id as string | undefined
  }

  const parse = <T>(row: Row): T => JSON.parse(row.data as string) as T
  function mentionCounts(entityId?: string): Map<string, number> {
    const rows = (
      entityId === undefined
        ? prepare(
            'SELECT entity_id, count(*) AS n FROM mentions WHERE entity_id IS NOT NULL GROUP BY entity_id',
          ).all()
        : prepare('SELECT entity_id, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY entity_id').all(
            entityId,
          )
    ) as Row[]
    return new Map(rows.map((row) => [row.entity_id as string, row.n as number]))
  }

  /** Puts the documents' text back, reading each source's text once per call. */
  function attachTexts(docs: DocumentRecord[]): DocumentRecord[] {
    const texts = new Map<string, { text: string; raw: string }>()
    const textOf = (sourceId: string) => {
      let text = texts.get(sourceId)
      if (text === undefined) {
        const row = prepare('SELECT text, raw FROM sources WHERE id = ?').get(sourceId) as Row | undefined
        text = { text: (row?.text as string | undefined) ?? '', raw: (row?.raw as string | undefined) ?? '' }
        texts.set(sourceId, text)
      }
      return text
    }
    return docs.map((doc) => withText(doc, textOf(doc.sourceId)))
  }
  const count = (table: string, sourceId: string, extra = ''): number =>
    (prepare(`SELECT count(*) AS n FROM ${table} WHERE source_id = ? ${extra}`).get(sourceId) as Row)
      .n as number

  return {
    async findContentHash(sourceId) {
      const row = prepare('SELECT content_hash FROM sources WHERE id = ?').get(sourceId) as Row | undefined
      return row?.content_hash as string | undefined
    },
    async saveEdition(edition) {
      changes++
      save(edition)
    },
    async saveEditions(editions) {
      changes++
      saveAll(editions)
    },
    async saveFileDiagnostics(file, diagnostics) {
      changes++
      saveFileDiagnostics(file, diagnostics)
    },
    async listSources() {
      const rows = prepare('SELECT data FROM sources ORDER BY name').all() as Row[]
      return rows.map((row) => {
        const source = parse<SourceRecord>(row)
        const witnesses = (
          prepare("SELECT data FROM items WHERE source_id = ? AND kind = 'witnesses'").all(source.id) as Row[]
        ).map((item) => parse<{ variants: unknown[] }>(item))
        return {
          ...source,
          documents: count('documents', source.id),
          notes: count('notes', source.id),
          markers: count('markers', source.id),
          glossaryEntries: count('items', source.id, "AND kind = 'glossary'"),
          indexEntries: count('items', source.id, "AND kind = 'index'"),
          variants: witnesses.reduce((sum, set) => sum + set.variants.length, 0),
          diagnostics: count('diagnostics', source.id),
        } satisfies SourceSummary
      })
    },
    async findSource(idOrName) {
      const id = resolveSourceId(idOrName)
      if (id === undefined) return undefined
      return parse<SourceRecord>(prepare('SELECT data FROM sources WHERE id = ?').get(id) as Row)
    },
    async listDocuments(filter = {}) {
      const where: string[] = []
      const params: unknown[] = []
      if (filter.source !== undefined) {
        where.push('d.source_id = ?')
        params.push(resolveSourceId(filter.source) ?? filter.source)
      }
      if (filter.types !== undefined && filter.types.length > 0) {
        where.push(`d.type IN (${filter.types.map(() => '?').join(', ')})`)
        params.push(...filter.types)
      }
      if (filter.from !== undefined) {
        // A date matches when its end is not before `from`: compare prefixes so '1925-07' matches from '1925'.
        where.push('d.date_sort IS NOT NULL AND substr(d.date_sort, 1, ?) >= ?')
        params.push(filter.from.length, filter.from)
      }
      if (filter.to !== undefined) {
        where.push('d.date_sort IS NOT NULL AND substr(d.date_sort, 1, ?) <= ?')
        params.push(filter.to.length, filter.to)
      }
      const sql = `SELECT d.data FROM documents d JOIN sources s ON s.id = d.source_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.name, d.ord
        ${filter.limit === undefined ? '' : `LIMIT ${Math.max(0, Math.floor(filter.limit))}`}`
      return attachTexts((prepare(sql).all(...params) as Row[]).map((row) => parse<DocumentRecord>(row)))
    },
    async findDocument(id) {
      const row = prepare('SELECT data FROM documents WHERE id = ?').get(id) as Row | undefined
      return row === undefined ? undefined : attachTexts([parse<DocumentRecord>(row)])[0]
    },
    async loadEdition(sourceId) {
      const id = resolveSourceId(sourceId)
      if (id === undefined) return undefined
      const sourceRow = prepare('SELECT raw, text, data FROM sources WHERE id = ?').get(id) as Row
      const all = (sql: string, ...params: unknown[]) =>
        (prepare(sql).all(...params) as Row[]).map((row) => JSON.parse(row.data as string))
      const items = (kind: string) =>
        all('SELECT data FROM items WHERE source_id = ? AND kind = ? ORDER BY seq', id, kind)
      return {
        source: parse<SourceRecord>(sourceRow),
        raw: sourceRow.raw as string,
        text: sourceRow.text as string,
        documents: all('SELECT data FROM documents WHERE source_id = ? ORDER BY ord', id).map((doc) =>
          withText(doc, { text: sourceRow.text as string, raw: sourceRow.raw as string }),
        ),
        notes: all('SELECT data FROM notes WHERE source_id = ? ORDER BY rowid', id),
        markers: all('SELECT data FROM markers WHERE source_id = ? ORDER BY seq', id),
        editorial: items('editorial'),
        glossary: items('glossary'),
        index: items('index'),
        witnesses: items('witnesses'),
        removals: items('removal'),
        mentions: all('SELECT data FROM mentions WHERE source_id = ? ORDER BY seq', id),
        entities: all('SELECT data FROM entities WHERE source_id = ? ORDER BY rowid', id),
        facts: all('SELECT data FROM facts WHERE source_id = ? ORDER BY seq', id),
        diagnostics: all('SELECT data FROM diagnostics WHERE source_id = ? ORDER BY seq', id),
      }
    },
    async listDiagnostics(filter = {}) {
      const where: string[] = []
      const params: unknown[] = []
      if (filter.source !== undefined) {
        where.push('(source_id = ? OR file = ? OR file LIKE ?)')
        params.push(resolveSourceId(filter.source) ?? filter.source, filter.source, `%/${filter.source}`)
      }
      if (filter.severity !== undefined) {
        where.push('severity = ?')
        params.push(filter.severity)
      }
      const sql = `SELECT data FROM diagnostics ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY file, seq`
      return (prepare(sql).all(...params) as Row[]).map((row) => parse<DiagnosticRecord>(row))
    },
    async listMentions(filter = {}) {
      const where: string[] = []
      const params: unknown[] = []
      if (filter.source !== undefined) {
        where.push('m.source_id = ?')
        params.push(resolveSourceId(filter.source) ?? filter.source)
      }
      if (filter.types !== undefined && filter.types.length > 0) {
        where.push(`m.type IN (${filter.types.map(() => '?').join(', ')})`)
        params.push(...filter.types)
      }
      if (filter.entityId !== undefined) {
        // With a document too, its (few) mentions are read by the document's index, not the entity's (many).
        where.push(filter.documentId === undefined ? 'm.entity_id = ?' : '+m.entity_id = ?')
        params.push(filter.entityId)
      }
      if (filter.documentId !== undefined) {
        where.push('m.document_id = ?')
        params.push(filter.documentId)
      }
      // One entity's mentions: sources in name order drive the entity's index, so a page stops early.
      const byEntity = filter.entityId !== undefined && filter.documentId === undefined
      const from = byEntity
        ? 'sources s CROSS JOIN mentions m INDEXED BY mentions_entity_place ON m.source_id = s.id'
        : 'mentions m JOIN sources s ON s.id = m.source_id'
      const sql = `SELECT m.data FROM ${from}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.name, m.start, m.seq
        ${filter.limit === undefined && filter.offset === undefined ? '' : `LIMIT ${filter.limit === undefined ? -1 : Math.max(0, Math.floor(filter.limit))}`}
        ${filter.offset === undefined ? '' : `OFFSET ${Math.max(0, Math.floor(filter.offset))}`}`
      return (prepare(sql).all(...params) as Row[]).map((row) => parse<MentionRecord>(row))
    },
    async listEntities(filter = {}) {
      const types = filter.types ?? []
      const sql = `SELECT data FROM entities ${types.length > 0 ? `WHERE type IN (${types.map(() => '?').join(', ')})` : ''} ORDER BY rowid`
      const records = (prepare(sql).all(...types) as Row[]).map((row) => parse<EntityRecord>(row))
      return mergeEntities(records, mentionCounts())
    },
    async findEntity(id) {
      const records = (prepare('SELECT data FROM entities WHERE id = ? ORDER BY rowid').all(id) as Row[]).map(
        (row) => parse<EntityRecord>(row),
      )
      return mergeEntities(records, mentionCounts(id))[0]
    },
    async listFacts(filter = {}) {
      const where: string[] = []
      const params: unknown[] = []
      if (filter.source !== undefined) {
        where.push('f.source_id = ?')
        params.push(resolveSourceId(filter.source) ?? filter.source)
      }
      if (filter.types !== undefined && filter.types.length > 0) {
        where.push(`f.type IN (${filter.types.map(() => '?').join(', ')})`)
        params.push(...filter.types)
      }
      if (filter.entity !== undefined) {
        where.push('(f.subject = ? OR f.object = ?)')
        params.push(filter.entity, filter.entity)
      }
      if (filter.predicate !== undefined) {
        where.push('f.predicate = ?')
        params.push(filter.predicate)
      }
      const sql = `SELECT f.data FROM facts f JOIN sources s ON s.id = f.source_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.name, f.seq`
      return (prepare(sql).all(...params) as Row[]).map((row) => parse<FactRecord>(row))
    },
    async searchDocuments(query) {
      return searchDocuments(prepare, query, resolveSourceId, rowTexts)
    },
    async matchDocuments(query) {
      return matchDocuments(matchStatement, query, listings())
    },
    async makeSnippets(request) {
      return makeSnippets(prepare, request, rowTexts)
    },
    async listEntityDocuments(filter) {
      return listEntityDocuments(prepare, filter, resolveSourceId)
    },
    async revision() {
      return revision()
    },
    async removeSource(sourceId) {
      changes++
      return deleteSource(sourceId)
    },
    async replaceReuse(items) {
      changes++
      replaceReuse(db, items)
    },
    async listReuse(filter) {
      return listReuse(db, filter)
    },
    async close() {
      db.close()
    },
  }
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  )
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (row) => row.version,
    ),
  )
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      )
    })()
  }
}
