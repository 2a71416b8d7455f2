import type { Entity, EntityRecord } from '../core/index.ts'

/** An entity merged over every source that refers to it, with how often it is mentioned and where. */
export interface EntitySummary extends Entity {
  /** Ids of the sources that hold the entity (refer to it or define it in a glossary or index). */
  readonly sources: readonly string[]
  readonly mentions: number
}

/** Origins ranked: curated authority data first, then a source's glossary, its index, then names found in text. */
function originRank(origin: string): number {
  if (origin.startsWith('authority')) return 0
  if (origin.startsWith('glossary')) return 1
  if (origin.startsWith('index')) return 2
  return 3
}

/**
 * Merges the stored records of entities (one per source that holds them) into one summary per id: the name and
 * life dates from the best origin, the variants of all.
 * @example mergeEntities(records, new Map([['person:trotskii-l-d', 42]]))[0]?.mentions // 42
 */
export function mergeEntities(
  records: readonly EntityRecord[],
  mentionCounts: ReadonlyMap<string, number>,
): EntitySummary[] {
  const byId = new Map<string, EntityRecord[]>()
  for (const record of records) {
    const list = byId.get(record.id) ?? []
    list.push(record)
    byId.set(record.id, list)
  }
  const merged: EntitySummary[] = []
  for (const [id, list] of byId) {
    const ranked = [...list].sort((a, b) => originRank(a.origin) - originRank(b.origin))
    const best = ranked[0] as EntityRecord
    const variants = new Set<string>()
    for (const record of ranked)
      for (const variant of [record.name, ...record.variants]) variants.add(variant)
    variants.delete(best.name)
    const birthYear = ranked.find((r) => r.birthYear !== undefined)?.birthYear
    const deathYear = ranked.find((r) => r.deathYear !== undefined)?.deathYear
    const description = ranked.find((r) => r.description !== undefined && r.description !== '')?.description
    merged.push({
      id,
      type: best.type,
      name: best.name,
      variants: [...variants],
      ...(birthYear === undefined ? {} : { birthYear }),
      ...(deathYear === undefined ? {} : { deathYear }),
      ...(description === undefined ? {} : { description }),
      origin: best.origin,
      sources: [...new Set(list.map((r) => r.sourceId as string))].sort(),
      mentions: mentionCounts.get(id) ?? 0,
    })
  }
  return merged.sort(
    (a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  )
}
