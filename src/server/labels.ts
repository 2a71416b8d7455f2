import type { Store } from '../store/index.ts'
import { perRevision } from './store-cache.ts'

/** Source id → file name, and entity or letter id → a name to show. */
export interface Labels {
  readonly files: ReadonlyMap<string, string>
  readonly names: ReadonlyMap<string, string>
}

/** Loads the names a reader needs to read facts: files, entities, and letters by their titles (once per revision). */
export function loadLabels(store: Store): Promise<Labels> {
  return perRevision(store, 'labels', () => readLabels(store))
}

/** Source id → file name, read once per revision of the store. */
export function loadFileNames(store: Store): Promise<ReadonlyMap<string, string>> {
  return perRevision(
    store,
    'file-names',
    async () => new Map((await store.listSources()).map((s) => [s.id as string, s.name])),
  )
}

async function readLabels(store: Store): Promise<Labels> {
  const files = await loadFileNames(store)
  const names = new Map((await store.listEntities()).map((e) => [e.id, e.name]))
  for (const doc of await store.listDocuments({
    types: ['letter', 'telegram', 'note', 'appendix-document', 'quoted-document'],
  })) {
    names.set(doc.id, doc.number === undefined ? doc.title : `${doc.title} (no. ${doc.number})`)
  }
  return { files, names }
}

/** A name for an id (the id itself when unknown). */
export function labelOf(labels: Labels, id: string | undefined): string {
  return id === undefined ? '' : (labels.names.get(id) ?? id)
}
