import type { Document, EditorialSpan, SourceText, StageContext, WitnessSet } from '../../core/index.ts'

/** Finds texts given in two versions (the other version's readings in brackets) and editorial insertions. */
export function findWitnesses(
  _text: SourceText,
  _documents: readonly Document[],
  _context: StageContext,
): { witnesses: WitnessSet[]; editorial: EditorialSpan[] } {
  return { witnesses: [], editorial: [] }
}
