import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import Database from 'better-sqlite3'
import { createSampleEdition, describeStoreContract } from '../store.contract.ts'
import { createSqliteStore } from './create-sqlite-store.ts'
import { MIGRATIONS } from './migrations.ts'

const dir = mkdtempSync(join(tmpdir(), 'fond-store-'))
after(() => rmSync(dir, { recursive: true, force: true }))

describeStoreContract('sqlite file', () => createSqliteStore({ path: join(dir, 'contract.db') }))
describeStoreContract('sqlite memory', () => createSqliteStore({ path: ':memory:' }))

describe('createSqliteStore', () => {
  it('shows a change made through another connection (another process) as a new revision', async () => {
    const path = join(dir, 'two-connections.db')
    const reader = createSqliteStore({ path })
    const writer = createSqliteStore({ path })
    try {
      const edition = createSampleEdition()
      await writer.saveEdition(edition)
      const before = await reader.revision()
      await writer.saveEdition(edition)
      const resaved = await reader.revision()
      assert.notEqual(resaved, before)
      await writer.removeSource(edition.source.id)
      assert.notEqual(await reader.revision(), resaved)
    } finally {
      await Promise.all([reader.close(), writer.close()])
    }
  })

  it('uses a WAL journal, foreign keys and a recorded schema version', async () => {
    const path = join(dir, 'pragmas.db')
    const store = createSqliteStore({ path })
    await store.close()
    const db = new Database(path)
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
    assert.deepEqual(
      db.prepare('SELECT version FROM schema_migrations ORDER BY version').all(),
      MIGRATIONS.map((m) => ({ version: m.version })),
    )
    db.close()
  })

  it('leaves the previous edition whole when saving a new one fails', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    await store.saveEdition(createSampleEdition())
    const broken = createSampleEdition('sample', 'hash-2')
    const duplicate = broken.documents[0]
    assert.ok(duplicate)
    await assert.rejects(
      store.saveEdition({ ...broken, documents: [duplicate, duplicate] }),
      /UNIQUE constraint failed/,
    )
    assert.equal(await store.findContentHash('source:sample'), 'hash-1')
    assert.equal((await store.loadEdition('source:sample'))?.documents.length, 2)
    await store.close()
  })
})
