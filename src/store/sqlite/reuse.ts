import type Database from 'better-sqlite3'
import type { ReuseRecord } from '../../core/index.ts'
import type { ReuseFilter } from '../store.ts'

/**
 * Replaces every reuse item with `items` in one transaction.
 * @example replaceReuse(db, pairs)
 */
export function replaceReuse(db: Database.Database, items: readonly ReuseRecord[]): void {
  const insert = db.prepare(
    'INSERT INTO reuse (id, source_a, document_a, source_b, document_b, score, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  db.transaction(() => {
    db.prepare('DELETE FROM reuse').run()
    for (const item of items) {
      insert.run(
        item.id,
        item.a.sourceId,
        item.a.documentId,
        item.b.sourceId,
        item.b.documentId,
        item.score,
        JSON.stringify(item),
      )
    }
  })()
}

/**
 * Reuse items, best first; with a document, those with a passage in it.
 * @example listReuse(db, { documentId: 'doc:1' })
 */
export function listReuse(db: Database.Database, filter: ReuseFilter = {}): ReuseRecord[] {
  const where = filter.documentId === undefined ? '' : 'WHERE document_a = ? OR document_b = ?'
  const params = filter.documentId === undefined ? [] : [filter.documentId, filter.documentId]
  const rows = db.prepare(`SELECT data FROM reuse ${where} ORDER BY score DESC, id`).all(...params) as {
    data: string
  }[]
  return rows.map((row) => JSON.parse(row.data) as ReuseRecord)
}
