import type { Entity, Mention, StageContext } from '../core/index.ts'

export interface ResolveOptions {
  /** Known entities: bundled authority data and the sources' glossaries and indexes. */
  readonly authority: readonly Entity[]
}

/**
 * Ties each name mention to one entity (or leaves it ambiguous with candidates and a diagnostic), and returns the
 * entities the mentions refer to, new names clustered into new entities.
 */
export function resolve(
  mentions: readonly Mention[],
  _options: ResolveOptions,
  _context: StageContext,
): { mentions: Mention[]; entities: Entity[] } {
  return { mentions: [...mentions], entities: [] }
}
