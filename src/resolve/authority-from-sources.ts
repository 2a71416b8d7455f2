import type { Entity, SegmentResult } from '../core/index.ts'

/** Turns a source's own authority apparatus (its glossary of names and its index) into entities. */
export function authorityFromSources(_segments: SegmentResult): Entity[] {
  return []
}
