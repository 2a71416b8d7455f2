import type { PoolClient } from 'pg'

/** A column to fill and its SQL type. `jsonb` values are sent as JSON text and cast by the server. */
export type ColumnSpec = readonly [name: string, type: 'text' | 'integer' | 'jsonb']

/**
 * Inserts many rows with one statement: each column travels as one array parameter and `unnest` turns the
 * arrays back into rows, so an edition of thousands of records costs one round trip per table, and no
 * statement meets Postgres's limit of 65,535 parameters. `WITH ORDINALITY … ORDER BY` keeps the given order,
 * which the tables' `seq` identity columns then record.
 * @example await insertRows(client, 'notes', [['id', 'text'], ['data', 'jsonb']], [['note:1', '{}']])
 */
export async function insertRows(
  client: PoolClient,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (rows.length === 0) return
  const names = columns.map(([name]) => name)
  const arrays = columns.map((_, index) => rows.map((row) => row[index] ?? null))
  const unnest = columns.map(([, type], index) => `$${index + 1}::${type === 'jsonb' ? 'text' : type}[]`)
  const select = columns.map(([name, type]) => (type === 'jsonb' ? `${name}::jsonb` : name))
  await client.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${select.join(', ')} FROM unnest(${unnest.join(', ')}) WITH ORDINALITY AS t(${names.join(', ')}, n)
     ORDER BY n`,
    arrays,
  )
}
