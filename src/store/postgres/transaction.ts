import type { Pool, PoolClient } from 'pg'

/**
 * Runs `work` on one pooled connection between BEGIN and COMMIT. On any error it rolls back, so nothing of
 * the work is kept, and rethrows the error. `begin` may set the isolation level or make it read-only. A connection whose ROLLBACK failed is discarded, not reused.
 * @example await inTransaction(pool, (client) => client.query('DELETE FROM sources'))
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query(begin)
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    try {
      await client.query('ROLLBACK')
    } catch (rollbackError) {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))
    }
    throw error
  } finally {
    client.release(broken)
  }
}
