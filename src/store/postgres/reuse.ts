import type { Pool } from 'pg'
import type { ReuseRecord } from '../../core/index.ts'
import type { ReuseFilter } from '../store.ts'
import { inTransaction } from './transaction.ts'

/**
 * Replaces every reuse item with `items` in one transaction.
 * `alsoRun` is one more statement for the same transaction (the store's revision counter).
 * @example await replaceReuse(pool, pairs)
 */
export async function replaceReuse(
  pool: Pool,
  items: readonly ReuseRecord[],
  alsoRun?: string,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('DELETE FROM reuse')
    if (alsoRun !== undefined) await client.query(alsoRun)
    if (items.length === 0) return
    // One statement for all items: each column as one array parameter (see insert-rows.ts; scores are floats).
    const column = <T>(pick: (item: ReuseRecord) => T) => items.map(pick)
    await client.query(
      `INSERT INTO reuse (id, source_a, document_a, source_b, document_b, score, data)
       SELECT id, source_a, document_a, source_b, document_b, score, data::jsonb
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[])
         AS t(id, source_a, document_a, source_b, document_b, score, data)`,
      [
        column((item) => item.id),
        column((item) => item.a.sourceId),
        column((item) => item.a.documentId),
        column((item) => item.b.sourceId),
        column((item) => item.b.documentId),
        column((item) => item.score),
        column((item) => JSON.stringify(item)),
      ],
    )
  })
}

/**
 * Reuse items, best first; with a document, those with a passage in it.
 * @example await listReuse(pool, { documentId: 'doc:1' })
 */
export async function listReuse(pool: Pool, filter: ReuseFilter = {}): Promise<ReuseRecord[]> {
  const where = filter.documentId === undefined ? '' : 'WHERE document_a = $1 OR document_b = $1'
  const params = filter.documentId === undefined ? [] : [filter.documentId]
  const result = await pool.query<{ data: ReuseRecord }>(
    `SELECT data FROM reuse ${where} ORDER BY score DESC, id`,
    params,
  )
  return result.rows.map((row) => row.data)
}
