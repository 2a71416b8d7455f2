import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import Database from 'better-sqlite3'
import { createRowTexts } from './row-texts.ts'

function indexWith(rows: readonly [string, string][]) {
  const db = new Database(':memory:')
  db.exec('CREATE VIRTUAL TABLE documents_fts USING fts5(title, body)')
  const insert = db.prepare('INSERT INTO documents_fts (title, body) VALUES (?, ?)')
  for (const [title, body] of rows) insert.run(title, body)
  return db
}

describe('createRowTexts', () => {
  it('reads rows with their lower case, and reads them again only after the revision changes', () => {
    const db = indexWith([
      ['Letter 1', 'Dear Com. Molotov'],
      ['Letter 2', 'To Com. RYKOV'],
    ])
    let revision = 'r1'
    const read = createRowTexts(
      (sql) => db.prepare(sql),
      () => revision,
    )
    assert.deepEqual(read([2]).get(2), {
      title: 'Letter 2',
      body: 'To Com. RYKOV',
      lowerTitle: 'letter 2',
      lowerBody: 'to com. rykov',
    })
    db.prepare('UPDATE documents_fts SET body = ? WHERE rowid = 2').run('To Com. Kamenev')
    assert.equal(read([2]).get(2)?.body, 'To Com. RYKOV', 'kept while the store has not changed')
    revision = 'r2'
    assert.equal(read([2]).get(2)?.body, 'To Com. Kamenev', 'read again once it has')
    assert.deepEqual([...read([3, 1]).keys()], [1], 'an unknown row is left out')
  })

  it('keeps no lower case whose length differs (offsets would not match) and forgets the least recently used', () => {
    const db = indexWith([
      ['İ', 'x'.repeat(10)],
      ['b', 'y'.repeat(10)],
      ['c', 'z'.repeat(10)],
    ])
    let reads = 0
    const counting = (sql: string) => {
      reads++
      return db.prepare(sql)
    }
    const read = createRowTexts(counting, () => 'r', 25)
    assert.equal(read([1]).get(1)?.lowerTitle, undefined)
    read([2])
    read([1])
    read([3]) // 33 characters: row 2, used longest ago, goes
    const before = reads
    read([1, 3])
    assert.equal(reads, before, 'rows 1 and 3 are still kept')
    read([2])
    assert.equal(reads, before + 1, 'row 2 was forgotten')
  })
})
