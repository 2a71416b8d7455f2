import type { Entity } from '../../core/index.ts'
import { nameKey } from '../../core/index.ts'

/** Finds the body entity an institution text names. */
export interface BodyLookup {
  /** The id of the body whose name or a variant has the same name key as the text, if any. */
  find(institution: string): string | undefined
}

/**
 * Indexes the body entities by the name key of their name and variants (authority entities first, so that a
 * body of the bundled authority wins over one an index named the same way).
 * @example createBodyLookup(entities).find('Political Bureau') // 'body:politburo'
 */
export function createBodyLookup(entities: readonly Entity[]): BodyLookup {
  const byKey = new Map<string, string>()
  const bodies = entities.filter((entity) => entity.type === 'body')
  const ordered = [
    ...bodies.filter((entity) => entity.origin.startsWith('authority')),
    ...bodies.filter((entity) => !entity.origin.startsWith('authority')),
  ]
  for (const body of ordered) {
    for (const name of [body.name, ...body.variants]) {
      const key = nameKey(name)
      if (key !== '' && !byKey.has(key)) byKey.set(key, body.id)
    }
  }
  return {
    find(institution) {
      const cleaned = institution.replace(/^the /i, '').replace(/\*/g, '')
      return byKey.get(nameKey(cleaned))
    },
  }
}
