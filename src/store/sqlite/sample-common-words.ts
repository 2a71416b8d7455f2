import { commonWords } from '../common-words.ts'
import type { ReadDocumentListings } from './document-listings.ts'
import type { Prepare } from './statements.ts'

/** Documents read to tell which words are common. */
const SAMPLE = 300

/**
 * The common words of the full-text index (see `commonWords`), from the texts of up to 300 rows spread evenly over
 * the index, worked out again only when `revision()` changes (at 100 MB: about 1.5 MB of text, once).
 * @example createCommonWords(prepare, revision, listings)().has('the') // true in English, from 50 texts on
 */
export function createCommonWords(
  prepare: Prepare,
  revision: () => string,
  listings: ReadDocumentListings,
): () => ReadonlySet<string> {
  let seen: string | undefined
  let common: ReadonlySet<string> = new Set()
  return () => {
    const now = revision()
    if (now === seen) return common
    const rowids = [...listings().keys()]
    const step = Math.max(1, rowids.length / SAMPLE)
    const sample: number[] = []
    for (let at = 0; at < rowids.length && sample.length < SAMPLE; at += step)
      sample.push(rowids[Math.floor(at)] as number)
    const texts =
      sample.length === 0
        ? []
        : (
            prepare(
              `SELECT body FROM documents_fts WHERE rowid IN (${sample.map(() => '?').join(', ')})`,
            ).all(...sample) as { body: string | null }[]
          ).map((row) => row.body ?? '')
    common = commonWords(texts)
    seen = now
    return common
  }
}
