import type { EntityType } from './mention.ts'

/**
 * A thing the sources refer to: a person, a body, a place or an event. Entities come from authority data (files a
 * user can read and extend), from the sources' own glossaries and indexes, or from clustering names found in the
 * text. Ids are deterministic (`person:trotsky-lev`), so the same referent gets the same id in every source.
 */
export interface Entity {
  readonly id: string
  readonly type: EntityType
  /** The preferred name, e.g. "Trotsky, Lev Davidovich" or "Politburo". */
  readonly name: string
  /** Other names and spellings: transliterations, Cyrillic, nicknames, party names, abbreviations. */
  readonly variants: readonly string[]
  readonly birthYear?: string
  readonly deathYear?: string
  /** A short description (a glossary biography, a body's function). */
  readonly description?: string
  /** Where the entity comes from: 'authority:<file>', 'glossary', 'index', 'text'. */
  readonly origin: string
}
