import type { Store } from '../store/index.ts'

/** Source id → file name, and entity or letter id → a name to show. */
export interface Labels {
  readonly files: ReadonlyMap<string, string>
  readonly names: ReadonlyMap<string, string>
}

/** Loads the names a reader needs to read facts: files, entities, and letters by their titles. */
export async function loadLabels(store: Store): Promise<Labels> {
  const files = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
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
