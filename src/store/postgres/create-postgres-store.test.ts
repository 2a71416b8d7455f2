import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, describe, it } from 'node:test'
import pg from 'pg'
import type { SourceEdition } from '../../core/index.ts'
import { createSampleEdition, describeStoreContract } from '../store.contract.ts'
import { createPostgresStore } from './create-postgres-store.ts'
import { MIGRATIONS } from './migrations.ts'

// A real server, no mocks: `scripts/start-postgres.sh` starts one and prints the DATABASE_URL to export.
const url = process.env.DATABASE_URL
const skip =
  url === undefined
    ? 'DATABASE_URL is not set: run scripts/start-postgres.sh and export what it prints'
    : false

/** Each store gets a fresh schema, dropped after the tests, so no other data is touched. */
const schemas: string[] = []
function freshSchema(): string {
  const schema = `fond_test_${randomBytes(6).toString('hex')}`
  schemas.push(schema)
  return schema
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}

after(async () => {
  for (const schema of schemas) await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
})

/** A large edition: `size` documents, three notes and three markers per document, a few items. */
function createLargeEdition(size: number): SourceEdition {
  const sample = createSampleEdition('large', 'hash-large')
  const [doc] = sample.documents
  const [note] = sample.notes
  const [marker] = sample.markers
  assert.ok(doc && note && marker)
  const body = `${doc.text} ${'lorem ipsum dolor sit amet '.repeat(40)}`
  const text = `${body}\n`.repeat(size)
  const documents = Array.from({ length: size }, (_, i) => ({
    ...doc,
    id: `${doc.id}-${i}` as typeof doc.id,
    order: i,
    title: `Letter ${i} to Comrade Čičerin “about” the état`,
    text: body,
    textSpan: { start: i * (body.length + 1), end: i * (body.length + 1) + body.length },
  }))
  const notes = documents.flatMap((d, i) =>
    [0, 1, 2].map((k) => ({
      ...note,
      id: `${note.id}-${i}-${k}` as typeof note.id,
      documentId: d.id,
      label: `${k}`,
    })),
  )
  const markers = notes.map((n) => ({ ...marker, documentId: n.documentId, noteId: n.id, label: n.label }))
  const removals = Array.from({ length: 200 }, (_, i) => ({
    reason: 'page-number',
    start: i,
    end: i + 1,
    line: i,
    text: `${i}`,
  }))
  return { ...sample, text, documents, notes, markers, removals }
}

describe('createPostgresStore', { skip }, () => {
  const connectionString = url ?? ''
  describeStoreContract('postgres', () => createPostgresStore({ connectionString, schema: freshSchema() }))

  it('leaves the previous edition whole when saving a new one fails', async () => {
    const store = await createPostgresStore({ connectionString, schema: freshSchema() })
    try {
      await store.saveEdition(createSampleEdition())
      const broken = createSampleEdition('sample', 'hash-2')
      const duplicate = broken.documents[0]
      assert.ok(duplicate)
      await assert.rejects(
        store.saveEdition({ ...broken, documents: [duplicate, duplicate] }),
        /duplicate key value violates unique constraint "documents_pkey"/,
      )
      assert.equal(await store.findContentHash('source:sample'), 'hash-1')
      assert.deepEqual(await store.loadEdition('source:sample'), createSampleEdition())
    } finally {
      await store.close()
    }
  })

  it('shows a change made by another process as a new revision, even one that keeps every import time', async () => {
    const schema = freshSchema()
    const reader = await createPostgresStore({ connectionString, schema })
    const writer = await createPostgresStore({ connectionString, schema })
    try {
      const edition = createSampleEdition()
      await writer.saveEdition(edition)
      const before = await reader.revision()
      await writer.saveEdition(edition) // the same source again, with the same import time (a restore does this)
      const resaved = await reader.revision()
      assert.notEqual(resaved, before)
      await writer.replaceReuse([])
      assert.notEqual(await reader.revision(), resaved)
    } finally {
      await Promise.all([reader.close(), writer.close()])
    }
  })

  it('migrates once when two stores open a new schema at the same time', async () => {
    const schema = freshSchema()
    const stores = await Promise.all([1, 2].map(() => createPostgresStore({ connectionString, schema })))
    await Promise.all(stores.map((store) => store.close()))
    const reopened = await createPostgresStore({ connectionString, schema })
    await reopened.close()
    assert.deepEqual(
      await query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`),
      MIGRATIONS.map((m) => ({ version: m.version })),
    )
  })

  it('indexes titles and texts for full-text search, folding case and accents when unaccent exists', async () => {
    const schema = freshSchema()
    const store = await createPostgresStore({ connectionString, schema })
    await store.saveEdition(createLargeEdition(2))
    await store.close()
    const [unaccent] = await query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM pg_extension WHERE extname = 'unaccent'",
    )
    const word = unaccent?.n === 1 ? 'cicerin' : 'čičerin'
    const rows = await query(
      `SELECT id FROM ${schema}.documents WHERE search @@ to_tsquery('simple', $1) ORDER BY ord`,
      [`${word} & molotov`],
    )
    assert.equal(rows.length, 2)
  })

  it('saves and loads an edition of 1,000 documents and 3,000 notes in one round trip per table', async (t) => {
    const store = await createPostgresStore({ connectionString, schema: freshSchema() })
    try {
      const edition = createLargeEdition(1000)
      await store.saveEdition(edition) // warm up the pool and the plans
      let start = performance.now()
      await store.saveEdition(edition)
      const saveMs = performance.now() - start
      start = performance.now()
      const loaded = await store.loadEdition(edition.source.id)
      const loadMs = performance.now() - start
      t.diagnostic(`save ${saveMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms`)
      assert.deepEqual(loaded, edition)
      // Generous bounds: they catch row-by-row inserts, not a slow machine.
      assert.ok(saveMs < 3000, `save took ${saveMs} ms`)
      assert.ok(loadMs < 3000, `load took ${loadMs} ms`)
    } finally {
      await store.close()
    }
  })

  it('refuses a schema name that is not a plain identifier', async () => {
    await assert.rejects(
      createPostgresStore({ connectionString, schema: 'Fond; DROP' }),
      new TypeError(
        'Cannot open the Postgres store: schema "Fond; DROP" is not lower-case letters, digits and underscores',
      ),
    )
  })
})
