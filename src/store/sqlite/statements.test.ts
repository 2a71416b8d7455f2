import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import Database from 'better-sqlite3'
import { createStatementCache } from './statements.ts'

describe('createStatementCache', () => {
  it('hands out one statement per SQL and forgets the least recently used past its size', () => {
    const db = new Database(':memory:')
    const prepare = createStatementCache(db, 2)
    const one = prepare('SELECT 1 AS n')
    assert.equal(prepare('SELECT 1 AS n'), one)
    assert.deepEqual(prepare('SELECT 2 AS n').get(), { n: 2 })
    prepare('SELECT 1 AS n')
    prepare('SELECT 3 AS n')
    // 'SELECT 2' was the least recently used: it is prepared again, 'SELECT 1' is still kept.
    assert.equal(prepare('SELECT 1 AS n'), one)
    assert.deepEqual(prepare('SELECT 2 AS n').get(), { n: 2 })
    db.close()
  })
})
