import type { EntitySummary } from '../store/index.ts'
import type { MentionIndex, NumberedDocument } from './mention-index.ts'
import { topK } from './top-k.ts'

/** One value of a facet: what a filter would take, what the reader sees, and how many results have it. */
export interface Facet {
  readonly value: string
  readonly label: string
  readonly count: number
}

/** How many people or bodies a facet lists (the most frequent among the results). */
export const ENTITY_FACET_LIMIT = 20

const byCount = (a: Facet, b: Facet) => b.count - a.count || a.value.localeCompare(b.value)

/**
 * Counts the documents by one coded value of theirs (source, type or year), most frequent first (then by value).
 * @example countCodes([0, 1], index, (d) => d.type, index.types) // [{ value: 'letter', label: 'letter', count: 2 }]
 */
export function countCodes(
  numbers: readonly number[],
  index: MentionIndex,
  codeOf: (document: NumberedDocument) => number,
  values: readonly string[],
  label: (value: string) => string = (v) => v,
): Facet[] {
  const counts = new Int32Array(values.length)
  for (const number of numbers) {
    const code = codeOf(index.documents[number] as NumberedDocument)
    if (code >= 0) counts[code] = (counts[code] as number) + 1
  }
  const facets: Facet[] = []
  counts.forEach((count, code) => {
    const value = values[code] as string
    if (count > 0) facets.push({ value, label: label(value), count })
  })
  return facets.sort(byCount)
}

/**
 * The people and the bodies that the documents mention, each with the number of those documents that mention
 * it, most frequent first (then by name), at most `limit` of each. One pass over the documents, counting by
 * entity number; only the entities met are looked at afterwards.
 */
export function entityFacets(
  numbers: readonly number[],
  index: MentionIndex,
  entities: ReadonlyMap<string, EntitySummary>,
  limit = ENTITY_FACET_LIMIT,
): { person: Facet[]; body: Facet[] } {
  const counts = new Int32Array(index.entityIds.length)
  const met: number[] = []
  for (const number of numbers)
    for (const entity of (index.documents[number] as NumberedDocument).entities) {
      const count = (counts[entity] as number) + 1
      counts[entity] = count
      if (count === 1) met.push(entity)
    }
  const facets = { person: [] as Facet[], body: [] as Facet[] }
  for (const number of met) {
    const entity = entities.get(index.entityIds[number] as string)
    if (entity?.type === 'person' || entity?.type === 'body')
      facets[entity.type].push({ value: entity.id, label: entity.name, count: counts[number] as number })
  }
  const order = (a: Facet, b: Facet) =>
    b.count - a.count || a.label.localeCompare(b.label) || a.value.localeCompare(b.value)
  return { person: topK(facets.person, limit, order), body: topK(facets.body, limit, order) }
}
