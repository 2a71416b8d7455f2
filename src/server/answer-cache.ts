import { createHash } from 'node:crypto'
import type { Store } from '../store/index.ts'

/** A document's answer as sent: its JSON, encoded once, and an entity tag for it. */
export interface CachedJson {
  readonly body: Buffer
  /** A strong entity tag (a hash of the JSON), for `If-None-Match`. */
  readonly etag: string
}

/** How many bytes of JSON the cache keeps at most. */
const MAX_BYTES = 128 * 1024 * 1024

/**
 * Keeps serialised answers (of GET /api/documents/{id}, and of entity pages) until the store's revision changes: a
 * long document (a book of 750,000 characters) is read, rendered as HTML and serialised once, not on every request. The least
 * recently used answers go first when the cache is full; concurrent requests for one document share one build;
 * a failed build (an unknown id) is not kept.
 * @example const answer = await cache.get(id, async () => JSON.stringify(view))
 */
export function createAnswerCache(store: Store, maxBytes = MAX_BYTES) {
  let revision: string | undefined
  let bytes = 0
  const entries = new Map<string, Promise<CachedJson>>()
  const sizes = new Map<string, number>()

  function forget(id: string): void {
    bytes -= sizes.get(id) ?? 0
    sizes.delete(id)
    entries.delete(id)
  }

  function keep(id: string, answer: CachedJson): void {
    sizes.set(id, answer.body.length)
    bytes += answer.body.length
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes || oldest === id) break
      forget(oldest)
    }
  }

  async function get(id: string, build: () => Promise<string>): Promise<CachedJson> {
    const now = await store.revision()
    if (now !== revision) {
      revision = now
      bytes = 0
      entries.clear()
      sizes.clear()
    }
    const hit = entries.get(id)
    if (hit !== undefined) {
      entries.delete(id)
      entries.set(id, hit)
      return hit
    }
    const built = build().then((json) => {
      const body = Buffer.from(json)
      return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }
    })
    entries.set(id, built)
    built.then(
      (answer) => entries.get(id) === built && keep(id, answer),
      () => entries.get(id) === built && forget(id),
    )
    return built
  }
  return { get }
}

/**
 * Whether an `If-None-Match` header names the entity tag: one tag, a list of them, weak ones (`W/"…"`, compared
 * weakly as RFC 9110 asks for this header) or `*`.
 * @example matchesEtag('W/"abc", "def"', '"abc"') // true
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header.split(',').some((tag) => {
    const trimmed = tag.trim()
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag
  })
}
