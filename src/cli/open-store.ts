import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Store } from '../store/index.ts'
import { createSqliteStore } from '../store/index.ts'

/** Where the store lives when neither `--db` nor `FOND_DB` says: a file in the current folder. */
export const DEFAULT_DB_PATH = '.fond/edition.db'

/** The database path from `--db`, else `FOND_DB`, else the default. */
export function resolveDbPath(option: string | undefined): string {
  return option ?? process.env.FOND_DB ?? DEFAULT_DB_PATH
}

/** Opens the store at the resolved path, creating its folder. */
export function openStore(option: string | undefined): Store {
  const path = resolveDbPath(option)
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  return createSqliteStore({ path })
}
