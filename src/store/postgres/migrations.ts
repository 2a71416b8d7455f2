/**
 * Versioned schema migrations for the Postgres store, applied in order inside one transaction (see
 * `migrate`). Never edit a released migration: add a new one. The tables, columns and meanings are those of
 * the SQLite store (src/store/sqlite/migrations.ts): each record keeps its full stored form in `data`, with
 * the columns that queries filter on.
 *
 * Differences from SQLite, each on purpose:
 * - `data` is `jsonb`, so later queries can look inside records. jsonb does not keep key order, which
 *   `assert.deepEqual` ignores; ingest refuses NUL bytes, the one thing jsonb cannot hold.
 * - Columns that are sorted or compared as strings use `COLLATE "C"`, so the order is by code point, as
 *   SQLite's binary collation, whatever the database's locale.
 * - `seq` identity columns keep insertion order where SQLite uses its rowid.
 * - Full-text search is a generated `tsvector` column on `documents` (configuration `simple`, accents folded
 *   with the `unaccent` extension when it can be installed), instead of an FTS5 table.
 */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      -- fond_fold(text): the text with accents removed when unaccent is available, else unchanged. The same
      -- function must fold search queries. Declared IMMUTABLE so a generated column and an index can use it.
      DO $migration$
      DECLARE
        extension_schema text;
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
        EXCEPTION WHEN OTHERS THEN
          -- Deliberately ignored: accent folding is optional, search works without it.
          RAISE NOTICE 'Cannot install extension "unaccent": %', SQLERRM;
        END;
        SELECT n.nspname INTO extension_schema
          FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
          WHERE e.extname = 'unaccent';
        IF extension_schema IS NULL THEN
          CREATE FUNCTION fond_fold(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT value';
        ELSE
          EXECUTE format(
            'CREATE FUNCTION fond_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE '
            'AS %L',
            format('SELECT %I.unaccent(%L::regdictionary, value)', extension_schema, extension_schema || '.unaccent')
          );
        END IF;
      END
      $migration$;

      CREATE TABLE sources (
        id text COLLATE "C" PRIMARY KEY,
        name text COLLATE "C" NOT NULL,
        path text NOT NULL,
        content_hash text NOT NULL,
        imported_at text NOT NULL,
        raw text NOT NULL,
        text text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX sources_name ON sources (name);

      CREATE TABLE documents (
        id text COLLATE "C" PRIMARY KEY,
        source_id text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        parent_id text,
        type text NOT NULL,
        number text,
        title text NOT NULL,
        ord integer NOT NULL,
        date_iso text COLLATE "C",
        date_sort text COLLATE "C",
        line_start integer NOT NULL,
        line_end integer NOT NULL,
        data jsonb NOT NULL,
        -- The document's own text (without the documents nested in it), indexed for full-text search.
        body text NOT NULL,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', fond_fold(title)), 'A') ||
          setweight(to_tsvector('simple', fond_fold(body)), 'B')
        ) STORED
      );
      CREATE INDEX documents_source ON documents (source_id, ord);
      CREATE INDEX documents_type ON documents (type);
      CREATE INDEX documents_date ON documents (date_sort);
      CREATE INDEX documents_search ON documents USING gin (search);

      CREATE TABLE notes (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text COLLATE "C" PRIMARY KEY,
        source_id text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        document_id text,
        label text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX notes_source ON notes (source_id, seq);
      CREATE INDEX notes_document ON notes (document_id);

      CREATE TABLE markers (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        document_id text,
        note_id text,
        data jsonb NOT NULL
      );
      CREATE INDEX markers_source ON markers (source_id, seq);
      CREATE INDEX markers_document ON markers (document_id);

      CREATE TABLE items (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('editorial', 'glossary', 'index', 'witnesses', 'removal')),
        data jsonb NOT NULL
      );
      CREATE INDEX items_source_kind ON items (source_id, kind, seq);

      -- No foreign key: diagnostics of files that could not be imported belong to no stored source.
      CREATE TABLE diagnostics (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id text COLLATE "C" NOT NULL,
        file text COLLATE "C" NOT NULL,
        severity text NOT NULL,
        rule_id text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX diagnostics_source ON diagnostics (source_id);
      CREATE INDEX diagnostics_file ON diagnostics (file, seq);
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE mentions (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        document_id text,
        type text NOT NULL,
        entity_id text COLLATE "C",
        start integer NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX mentions_source ON mentions (source_id, type, start);
      CREATE INDEX mentions_entity ON mentions (entity_id);
      CREATE INDEX mentions_document ON mentions (document_id);

      CREATE TABLE entities (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text COLLATE "C" NOT NULL,
        source_id text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        type text NOT NULL,
        data jsonb NOT NULL,
        PRIMARY KEY (id, source_id)
      );
      CREATE INDEX entities_type ON entities (type);
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE facts (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        type text NOT NULL,
        subject text COLLATE "C" NOT NULL,
        predicate text NOT NULL,
        object text COLLATE "C",
        data jsonb NOT NULL
      );
      CREATE INDEX facts_source ON facts (source_id, type);
      CREATE INDEX facts_subject ON facts (subject);
      CREATE INDEX facts_object ON facts (object);
    `,
  },
  {
    // Text reuse across documents, as in the SQLite store's migration 5.
    version: 4,
    sql: `
      CREATE TABLE reuse (
        id text COLLATE "C" PRIMARY KEY,
        source_a text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        document_a text COLLATE "C" NOT NULL,
        source_b text COLLATE "C" NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        document_b text COLLATE "C" NOT NULL,
        score double precision NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX reuse_document_a ON reuse (document_a);
      CREATE INDEX reuse_document_b ON reuse (document_b);
      CREATE INDEX reuse_source_a ON reuse (source_a);
      CREATE INDEX reuse_source_b ON reuse (source_b);
    `,
  },
  {
    // A counter of changes, raised in the transaction of every save, removal and reuse update, so that every process
    // sharing the database sees a new revision (counting sources and import times misses a restore or a reuse update).
    version: 5,
    sql: `
      CREATE TABLE store_revision (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        n bigint NOT NULL
      );
      INSERT INTO store_revision (n) VALUES (0);
    `,
  },
]
