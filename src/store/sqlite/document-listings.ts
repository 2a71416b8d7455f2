import type { DocumentListing } from '../store.ts'
import type { Prepare } from './statements.ts'

/** The documents of the full-text index by rowid, as a list of results shows them (see {@link createDocumentListings}). */
export type ReadDocumentListings = () => ReadonlyMap<number, DocumentListing>

/**
 * The listing of every document in the full-text index (id, title, type, source, date), read in one pass and kept
 * until `revision()` changes, so that a search that matches thousands of documents looks each one up in memory
 * instead of joining the documents table row by row (at 100 MB: 20 ms once, against 25 ms on every search).
 * @example createDocumentListings(prepare, revision)().get(1)?.documentId // 'doc:…'
 */
export function createDocumentListings(prepare: Prepare, revision: () => string): ReadDocumentListings {
  let seen: string | undefined
  let listings = new Map<number, DocumentListing>()
  return () => {
    const now = revision()
    if (now === seen) return listings
    const rows = prepare(
      'SELECT fts_rowid, id, title, type, source_id, date_sort FROM documents WHERE fts_rowid IS NOT NULL',
    ).all() as Record<string, unknown>[]
    listings = new Map(
      rows.map((row) => [
        row.fts_rowid as number,
        Object.freeze({
          documentId: row.id as string,
          title: row.title as string,
          type: row.type as DocumentListing['type'],
          sourceId: row.source_id as string,
          ...(row.date_sort === null ? {} : { date: row.date_sort as string }),
        }),
      ]),
    )
    seen = now
    return listings
  }
}
