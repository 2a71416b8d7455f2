import type { Pool } from 'pg'
import { MIGRATIONS } from './migrations.ts'
import { inTransaction } from './transaction.ts'

/**
 * Creates the schema if it is missing and applies the migrations not yet recorded in its
 * `schema_migrations` table, all in one transaction. A transaction-level advisory lock keyed on the schema
 * name makes a second process wait until the first has finished, then find nothing left to do.
 * @example await migrate(pool, 'public')
 */
export async function migrate(pool: Pool, schema: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`fond:migrate:${schema}`])
    // CREATE SCHEMA IF NOT EXISTS checks the CREATE privilege before existence, so look first: a role that
    // may not create schemas can still use one that exists (such as public).
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`)
    await client.query(`SET LOCAL search_path TO ${quoteIdentifier(schema)}`)
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at text NOT NULL)',
    )
    const applied = await client.query<{ version: number }>('SELECT version FROM schema_migrations')
    const done = new Set(applied.rows.map((row) => row.version))
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue
      await client.query(migration.sql)
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        migration.version,
        new Date().toISOString(),
      ])
    }
  })
}

/** Quotes a name for use as an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
