import type { EntityType } from '../core/index.ts'
import { NotFoundError } from '../core/index.ts'
import { findEntities } from '../pipeline/index.ts'
import type { EntityRef } from '../query/index.ts'
import type { EntitySummary, Store } from '../store/index.ts'

/** Finds an entity by id, else by any spelling of a name (best match first); a 404 when there is none. */
export async function resolveEntity(
  store: Store,
  idOrName: string,
  type?: EntityType,
): Promise<EntitySummary> {
  const byId = await store.findEntity(idOrName)
  if (byId !== undefined && (type === undefined || byId.type === type)) return byId
  const all = await store.listEntities(type === undefined ? {} : { types: [type] })
  const [found] = findEntities(idOrName, all) as EntitySummary[]
  if (found === undefined) throw new NotFoundError(type ?? 'entity', idOrName)
  return found
}

/** An entity as a query ref: its id and every name it goes by. */
export function toRef(entity: EntitySummary): EntityRef {
  return { id: entity.id, names: [entity.name, ...entity.variants] }
}
