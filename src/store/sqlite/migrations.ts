/**
 * Versioned schema migrations, applied in order inside one transaction each. Never edit a released migration:
 * add a new one. Each record keeps its full stored form as JSON in `data`, with the columns that queries filter on.
 */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        path TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        raw TEXT NOT NULL,
        text TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX sources_name ON sources(name);
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        parent_id TEXT,
        type TEXT NOT NULL,
        number TEXT,
        title TEXT NOT NULL,
        ord INTEGER NOT NULL,
        date_iso TEXT,
        date_sort TEXT,
        line_start INTEGER NOT NULL,
        line_end INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX documents_source ON documents(source_id, ord);
      CREATE INDEX documents_type ON documents(type);
      CREATE INDEX documents_date ON documents(date_sort);
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        document_id TEXT,
        label TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX notes_document ON notes(document_id);
      CREATE TABLE markers (
        seq INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        document_id TEXT,
        note_id TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX markers_document ON markers(document_id);
      CREATE TABLE items (
        seq INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('editorial', 'glossary', 'index', 'witnesses', 'removal')),
        data TEXT NOT NULL
      );
      CREATE INDEX items_source_kind ON items(source_id, kind);
      CREATE TABLE diagnostics (
        seq INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL,
        file TEXT NOT NULL,
        severity TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX diagnostics_source ON diagnostics(source_id);
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE mentions (
        seq INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        document_id TEXT,
        type TEXT NOT NULL,
        entity_id TEXT,
        start INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX mentions_source ON mentions(source_id, type, start);
      CREATE INDEX mentions_entity ON mentions(entity_id);
      CREATE INDEX mentions_document ON mentions(document_id);
      CREATE TABLE entities (
        id TEXT NOT NULL,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (id, source_id)
      );
      CREATE INDEX entities_type ON entities(type);
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE facts (
        seq INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        subject TEXT NOT NULL,
        predicate TEXT NOT NULL,
        object TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX facts_source ON facts(source_id, type);
      CREATE INDEX facts_subject ON facts(subject);
      CREATE INDEX facts_object ON facts(object);
    `,
  },
  {
    // Search at scale: each document's row in the full-text index (to make snippets for one page of results
    // only), and which documents mention each entity, in source order, read as one range of one index. And the
    // source indexes that counting a source's notes and markers, and deleting a source, need.
    version: 4,
    sql: `
      ALTER TABLE documents ADD COLUMN fts_rowid INTEGER;
      CREATE TEMP TABLE fts_ids AS SELECT rowid AS fts_rowid, document_id FROM documents_fts;
      CREATE INDEX temp.fts_ids_document ON fts_ids(document_id);
      UPDATE documents SET fts_rowid = (SELECT fts_rowid FROM fts_ids WHERE document_id = documents.id);
      DROP TABLE temp.fts_ids;
      CREATE INDEX documents_fts_rowid ON documents(fts_rowid);
      CREATE INDEX notes_source ON notes(source_id);
      CREATE INDEX markers_source ON markers(source_id);
      CREATE INDEX entities_source ON entities(source_id);
      CREATE TABLE entity_documents (
        entity_id TEXT NOT NULL,
        source_name TEXT NOT NULL,
        first_start INTEGER NOT NULL,
        document_id TEXT NOT NULL,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        date_sort TEXT,
        PRIMARY KEY (entity_id, source_name, first_start, document_id)
      ) WITHOUT ROWID;
      CREATE INDEX entity_documents_source ON entity_documents(source_id);
      ${entityDocumentsSql('1')}
    `,
  },
  {
    // Text reuse across documents (src/collate/find-reuse.ts): replaced as a whole after each import; a source
    // saved again or removed takes its items with it.
    version: 5,
    sql: `
      CREATE TABLE reuse (
        id TEXT PRIMARY KEY,
        source_a TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        document_a TEXT NOT NULL,
        source_b TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        document_b TEXT NOT NULL,
        score REAL NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX reuse_document_a ON reuse(document_a);
      CREATE INDEX reuse_document_b ON reuse(document_b);
      CREATE INDEX reuse_source_a ON reuse(source_a);
      CREATE INDEX reuse_source_b ON reuse(source_b);
    `,
  },
  {
    // A page of an entity's mentions in file order, read source by source without sorting all of them (a person
    // of a large corpus is mentioned a hundred thousand times). Replaces the index on entity_id alone.
    version: 6,
    sql: `
      CREATE INDEX mentions_entity_place ON mentions(entity_id, source_id, start);
      DROP INDEX mentions_entity;
    `,
  },
  {
    // Prefix indexes of two and three letters: what a reader types first, searched as you type, reads one list of
    // places instead of merging those of hundreds of words (at 100 MB "the…" 50 → 20 ms, "st…" 23 → 10 ms; the
    // index grows from 51 to 112 MB). The rows keep their rowids, which documents.fts_rowid points to.
    version: 7,
    sql: `
      CREATE VIRTUAL TABLE documents_fts_prefixed USING fts5(
        title, body, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      INSERT INTO documents_fts_prefixed (rowid, title, body, document_id)
        SELECT rowid, title, body, document_id FROM documents_fts;
      DROP TABLE documents_fts;
      ALTER TABLE documents_fts_prefixed RENAME TO documents_fts;
    `,
  },
]

/**
 * Fills `entity_documents` from the mentions of the sources that `where` selects (SQL over `m`): one row per
 * entity and document, at the document's first mention of the entity.
 */
export function entityDocumentsSql(where: string): string {
  return `INSERT INTO entity_documents
      (entity_id, source_name, first_start, document_id, source_id, type, title, date_sort)
    SELECT m.entity_id, min(s.name), min(m.start), m.document_id, m.source_id, min(d.type), min(d.title), min(d.date_sort)
    FROM mentions m JOIN documents d ON d.id = m.document_id JOIN sources s ON s.id = m.source_id
    WHERE m.entity_id IS NOT NULL AND ${where}
    GROUP BY m.entity_id, m.document_id;`
}
