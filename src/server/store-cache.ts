import type { Store } from '../store/index.ts'

interface Entry {
  readonly revision: string
  readonly value: Promise<unknown>
}

const caches = new WeakMap<Store, Map<string, Entry>>()

/**
 * What the server derives from the whole store (the entity index, the names of files and entities), kept until
 * the store's revision changes: a save or a removal, here or in another process that the database can tell of.
 * Concurrent requests share one build; a failed build is forgotten.
 * @example const files = await perRevision(store, 'files', async () => new Map(...))
 */
export async function perRevision<T>(store: Store, name: string, build: () => Promise<T>): Promise<T> {
  let cache = caches.get(store)
  if (cache === undefined) {
    cache = new Map()
    caches.set(store, cache)
  }
  const revision = await store.revision()
  const hit = cache.get(name)
  if (hit !== undefined && hit.revision === revision) return hit.value as Promise<T>
  const value = build()
  const entry = { revision, value }
  cache.set(name, entry)
  value.catch(() => {
    if (cache.get(name) === entry) cache.delete(name)
  })
  return value
}
