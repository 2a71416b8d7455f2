import { nameKey } from '../core/index.ts'

/** An entity as a query names it: its id, and the names and variants that printed text may use for it. */
export interface EntityRef {
  readonly id: string
  readonly names?: readonly string[]
}

/** A name's matching key, without a leading article ("the Politburo" → the key of "Politburo"). */
export function nameMatchKey(name: string): string {
  return nameKey(name.trim().replace(/^the\s+/i, ''))
}

/** The ref itself, or a ref made of a bare id or name (a string is taken as both). */
export function toEntityRef(ref: string | EntityRef): EntityRef {
  return typeof ref === 'string' ? { id: ref, names: [ref] } : ref
}

/**
 * Whether an id or a printed name refers to the entity: the same id, or the same name key as one of its names.
 * @example refersTo({ id: 'body:politburo', names: ['Politburo'] }, 'the Politburo') // true
 */
export function refersTo(ref: EntityRef, value: string | undefined): boolean {
  if (value === undefined || value === '') return false
  if (value === ref.id) return true
  const key = nameMatchKey(value)
  return key !== '' && keysOf(ref).has(key)
}

/** The name keys of a ref's names, worked out once per ref (a timeline asks them of thousands of letters). */
const REF_KEYS = new WeakMap<EntityRef, ReadonlySet<string>>()
function keysOf(ref: EntityRef): ReadonlySet<string> {
  let keys = REF_KEYS.get(ref)
  if (keys === undefined) {
    keys = new Set((ref.names ?? []).map(nameMatchKey))
    REF_KEYS.set(ref, keys)
  }
  return keys
}
