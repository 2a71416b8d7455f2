import { NotFoundError, type SourceEdition } from '../core/index.ts'
import type { SourceSummary, Store } from './store.ts'

/**
 * The stored editions of some sources (all by default) in file-name order, each loaded only when the one before it
 * is taken, so that a caller writing them out holds one at a time.
 * @example for await (const edition of eachEdition(store)) write(edition)
 */
export async function* eachEdition(
  store: Store,
  sources?: readonly SourceSummary[],
): AsyncGenerator<SourceEdition> {
  const ordered = [...(sources ?? (await store.listSources()))].sort((a, b) => a.name.localeCompare(b.name))
  for (const source of ordered) {
    const edition = await store.loadEdition(source.id)
    if (edition !== undefined) yield edition
  }
}

/**
 * The editions an export asks for: one source (by id or file name; NotFoundError when it is not stored) or every
 * stored source in file-name order.
 * @example const [edition] = await loadEditions(store, '001_letters.txt')
 */
export async function loadEditions(store: Store, source?: string): Promise<SourceEdition[]> {
  if (source !== undefined) {
    const record = await store.findSource(source)
    const edition = record === undefined ? undefined : await store.loadEdition(record.id)
    if (edition === undefined) throw new NotFoundError('source', source)
    return [edition]
  }
  const editions: SourceEdition[] = []
  for await (const edition of eachEdition(store)) editions.push(edition)
  return editions
}
