import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Entity, EntityType } from '../core/index.ts'
import { UsageError } from '../core/index.ts'

/** The authority data that ships with fond: people, bodies, places and events a user can read and extend. */
export const BUNDLED_AUTHORITY_DIR = fileURLToPath(new URL('../../data/authority/', import.meta.url))

const ENTITY_TYPES: readonly EntityType[] = ['person', 'body', 'place', 'event']

/**
 * Reads every `*.json` file of entity arrays in the folders (the bundled folder first, then the user's, from
 * `FOND_AUTHORITY` or `--authority`). Files of other shapes (archives.json, read by the citation annotator) are
 * skipped by their content. A malformed file stops the command with a message naming the file and the entry.
 */
export function loadAuthority(folders: readonly string[]): Entity[] {
  const entities: Entity[] = []
  for (const folder of folders) {
    if (!existsSync(folder)) throw new UsageError(`Cannot read authority data: no folder "${folder}"`)
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.json')) continue
      const path = join(folder, name)
      let data: unknown
      try {
        data = JSON.parse(readFileSync(path, 'utf8'))
      } catch (error) {
        throw new UsageError(`Cannot read authority file "${path}": ${(error as Error).message}`, {
          cause: error,
        })
      }
      if (
        !Array.isArray(data) ||
        !data.every((item) => typeof item === 'object' && item !== null && 'type' in item)
      ) {
        continue
      }
      data.forEach((item, index) => {
        entities.push(checkEntity(item, `${path} entry ${index + 1}`, name))
      })
    }
  }
  return entities
}

function checkEntity(item: Record<string, unknown>, where: string, file: string): Entity {
  const { id, type, name, variants } = item
  if (typeof id !== 'string' || !/^[a-z]+:[^\s]+$/.test(id))
    throw new UsageError(`Invalid id in ${where}: "${String(id)}"`)
  if (!ENTITY_TYPES.includes(type as EntityType)) {
    throw new UsageError(`Invalid type in ${where}: "${String(type)}" (use ${ENTITY_TYPES.join(', ')})`)
  }
  if (typeof name !== 'string' || name.trim() === '') throw new UsageError(`Missing name in ${where}`)
  if (variants !== undefined && (!Array.isArray(variants) || !variants.every((v) => typeof v === 'string'))) {
    throw new UsageError(`Invalid variants in ${where}: a list of names is expected`)
  }
  const optional = (key: 'birthYear' | 'deathYear' | 'description') =>
    typeof item[key] === 'string' || typeof item[key] === 'number' ? { [key]: String(item[key]) } : {}
  return {
    id,
    type: type as EntityType,
    name,
    variants: (variants as string[] | undefined) ?? [],
    ...optional('birthYear'),
    ...optional('deathYear'),
    ...optional('description'),
    origin: typeof item.origin === 'string' ? item.origin : `authority:${file}`,
  }
}

/** The authority folders to read: the bundled one, then `FOND_AUTHORITY` (a folder of the user's own files). */
export function authorityFolders(option: string | undefined): string[] {
  const extra = option ?? process.env.FOND_AUTHORITY
  return extra === undefined || extra === '' ? [BUNDLED_AUTHORITY_DIR] : [BUNDLED_AUTHORITY_DIR, extra]
}
