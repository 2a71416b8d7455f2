import type { SourceEdition } from '../core/index.ts'
import type { Store } from '../store/index.ts'

/** How many sources' editions stay in memory. */
const CACHE_SIZE = 8

/**
 * Loads a source's edition, keeping the last few in memory: an edition is read whole from the store, and the
 * reader asks for one document after another of the same source. A re-imported source (new content hash) is
 * read again.
 */
export function createEditionCache(store: Store) {
  const cache = new Map<string, { hash: string; edition: SourceEdition }>()
  return async function loadEdition(sourceId: string): Promise<SourceEdition | undefined> {
    const hash = await store.findContentHash(sourceId)
    if (hash === undefined) return undefined
    const hit = cache.get(sourceId)
    if (hit !== undefined && hit.hash === hash) {
      cache.delete(sourceId)
      cache.set(sourceId, hit)
      return hit.edition
    }
    const edition = await store.loadEdition(sourceId)
    if (edition === undefined) return undefined
    cache.set(sourceId, { hash, edition })
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    return edition
  }
}
