import type Database from 'better-sqlite3'

/** A prepared statement for some SQL, made once and kept (see {@link createStatementCache}). */
export type Prepare = (sql: string) => Database.Statement

/**
 * Keeps prepared statements by their SQL, the most recently used `max` of them: preparing a statement costs more
 * than running a small query, and reads such as a search run the same few statements on every request. Statements
 * are handed out as they are: a caller must not switch one to raw or pluck mode.
 * @example const prepare = createStatementCache(db); prepare('SELECT 1 AS one').get() // { one: 1 }
 */
export function createStatementCache(db: Database.Database, max = 256): Prepare {
  const statements = new Map<string, Database.Statement>()
  return (sql) => {
    let statement = statements.get(sql)
    if (statement === undefined) {
      statement = db.prepare(sql)
      if (statements.size >= max) statements.delete(statements.keys().next().value as string)
    } else statements.delete(sql)
    statements.set(sql, statement)
    return statement
  }
}
