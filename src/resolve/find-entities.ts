import type { Entity } from '../core/index.ts'
import { nameKey, nameKeys, parsePersonName, surnameKey } from '../core/index.ts'

/**
 * Finds entities by any spelling or script of a name, best first: an exact name key on a name or variant, then a
 * surname key (people), then names whose key starts with the query or has a word that does. Pure: the CLI's
 * `fond entities --query` and the server use it on stored entities.
 * @example findEntities('Троцкий', entities)[0]?.id // 'person:trotsky-l-d'
 */
export function findEntities(query: string, entities: readonly Entity[]): Entity[] {
  const keys = nameKeys(query).filter((key) => key !== '')
  const [key] = keys
  if (key === undefined) return []
  const surname = surnameKey(query)
  const ranked: { entity: Entity; rank: number }[] = []
  for (const entity of entities) {
    const rank = rankOf(entity, keys, key, surname)
    if (rank !== undefined) ranked.push({ entity, rank })
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name))
    .map((r) => r.entity)
}

function rankOf(entity: Entity, keys: readonly string[], key: string, surname: string): number | undefined {
  const names = [entity.name, ...entity.variants]
  const own = names.map(nameKey)
  if (own.some((k) => keys.includes(k))) return 0
  if (entity.type === 'person' && names.some((name) => nameKey(parsePersonName(name).surname) === surname))
    return 1
  if (own.some((k) => k.startsWith(key) || k.split(' ').some((word) => word.startsWith(key)))) return 2
  return undefined
}
