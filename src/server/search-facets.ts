import type { EntitySummary } from '../store/index.ts'
import type { MentionIndex } from './mention-index.ts'

/** One value of a facet: what a filter would take, what the reader sees, and how many results have it. */
export interface Facet {
  readonly value: string
  readonly label: string
  readonly count: number
}

/** How many people or bodies a facet lists (the most frequent among the results). */
export const ENTITY_FACET_LIMIT = 20

/**
 * Counts values, most frequent first (then by value).
 * @example countFacet(['letter', 'note', 'letter']) // [{ value: 'letter', label: 'letter', count: 2 }, …]
 */
export function countFacet(values: readonly string[], label: (value: string) => string = (v) => v): Facet[] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts]
    .map(([value, n]) => ({ value, label: label(value), count: n }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

/**
 * The people and the bodies that the documents mention, each with the number of those documents that mention
 * it, most frequent first (then by name), at most `limit` of each. One pass over the documents, counting by
 * entity number.
 */
export function entityFacets(
  documentIds: readonly string[],
  mentions: MentionIndex,
  entities: ReadonlyMap<string, EntitySummary>,
  limit = ENTITY_FACET_LIMIT,
): { person: Facet[]; body: Facet[] } {
  const counts = new Int32Array(mentions.entityIds.length)
  for (const documentId of documentIds)
    for (const number of mentions.numbersOf(documentId)) counts[number] = (counts[number] ?? 0) + 1
  const facets = { person: [] as Facet[], body: [] as Facet[] }
  counts.forEach((count, number) => {
    const entity = count === 0 ? undefined : entities.get(mentions.entityIds[number] as string)
    if (entity?.type === 'person' || entity?.type === 'body')
      facets[entity.type].push({ value: entity.id, label: entity.name, count })
  })
  const order = (a: Facet, b: Facet) =>
    b.count - a.count || a.label.localeCompare(b.label) || a.value.localeCompare(b.value)
  return { person: facets.person.sort(order).slice(0, limit), body: facets.body.sort(order).slice(0, limit) }
}
