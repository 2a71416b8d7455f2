import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Store } from '../store/index.ts'
import { createPostgresStore, createSqliteStore } from '../store/index.ts'

/** Where the store lives when neither `--db` nor `FOND_DB` says: a file in the current folder. */
export const DEFAULT_DB_PATH = '.fond/edition.db'

/** The database location from `--db`, else `FOND_DB`, else the default file. */
export function resolveDbPath(option: string | undefined): string {
  return option ?? process.env.FOND_DB ?? DEFAULT_DB_PATH
}

/**
 * Opens the store: a PostgreSQL server when the location is a `postgres://` URL (a team's shared store),
 * otherwise a SQLite file, creating its folder.
 */
export async function openStore(option: string | undefined): Promise<Store> {
  const path = resolveDbPath(option)
  if (/^postgres(ql)?:\/\//.test(path)) return createPostgresStore({ connectionString: path })
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  return createSqliteStore({ path })
}
