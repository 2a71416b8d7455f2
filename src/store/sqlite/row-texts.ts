import type { Prepare } from './statements.ts'

/** The text of one row of the full-text index, with its lower case when that keeps every offset. */
export interface RowText {
  readonly title: string
  readonly body: string
  readonly lowerTitle: string | undefined
  readonly lowerBody: string | undefined
}

/** Reads rows of the full-text index by rowid, keeping the latest in memory (see {@link createRowTexts}). */
export type ReadRowTexts = (rowids: readonly unknown[]) => Map<unknown, RowText>

const lowerOf = (text: string) => {
  const lower = text.toLowerCase()
  return lower.length === text.length ? lower : undefined
}

/**
 * The texts that snippets are cut from, kept in memory with their lower case (least recently used out, at most
 * `maxCharacters` of text), so that a search's page of results is not read from the database and lowered again on
 * every request. Everything is forgotten when `revision()` changes: a save or removal, here or in another process.
 * @example const read = createRowTexts(createStatementCache(db), () => revision); read([1, 2]).get(1)?.lowerBody
 */
export function createRowTexts(
  prepare: Prepare,
  revision: () => string,
  maxCharacters = 16_000_000,
): ReadRowTexts {
  const cache = new Map<unknown, RowText>()
  let characters = 0
  let seen = ''
  const select = (count: number) =>
    prepare(
      `SELECT rowid, title, body FROM documents_fts WHERE rowid IN (${Array(count).fill('?').join(', ')})`,
    )
  return (rowids) => {
    const now = revision()
    if (now !== seen) {
      cache.clear()
      characters = 0
      seen = now
    }
    const missing = rowids.filter((rowid) => !cache.has(rowid))
    if (missing.length > 0) {
      for (const row of select(missing.length).all(...missing) as Record<string, unknown>[]) {
        const title = (row.title as string | null) ?? ''
        const body = (row.body as string | null) ?? ''
        cache.set(row.rowid, { title, body, lowerTitle: lowerOf(title), lowerBody: lowerOf(body) })
        characters += title.length + body.length
      }
    }
    const found = new Map<unknown, RowText>()
    for (const rowid of rowids) {
      const text = cache.get(rowid)
      if (text === undefined) continue
      // Most recently used last: the first entries are the first out.
      cache.delete(rowid)
      cache.set(rowid, text)
      found.set(rowid, text)
    }
    for (const [rowid, text] of cache) {
      if (characters <= maxCharacters || found.has(rowid)) break
      cache.delete(rowid)
      characters -= text.title.length + text.body.length
    }
    return found
  }
}
