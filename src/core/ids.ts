import { createHash } from 'node:crypto'

declare const brand: unique symbol

/** A prefixed, branded identifier such as `doc:3f2a…` (after tldraw's RecordId). */
export type Id<Kind extends string> = `${Kind}:${string}` & { readonly [brand]: Kind }
export type SourceId = Id<'source'>
export type DocumentId = Id<'doc'>
export type NoteId = Id<'note'>

/**
 * Builds an id from a kind and a key.
 * @example createId('source', 'a1b2') // 'source:a1b2'
 */
export function createId<Kind extends string>(kind: Kind, key: string): Id<Kind> {
  if (key.length === 0) throw new TypeError(`Cannot create an id of kind "${kind}": the key is empty`)
  return `${kind}:${key}` as Id<Kind>
}

/**
 * A short, deterministic hash of the parts, so that re-importing the same source yields the same ids.
 * @example hashKey('source:ab', 1218) // '9c1d0e2f4a7b'
 */
export function hashKey(...parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)
}
