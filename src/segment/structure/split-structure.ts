import type { Document, SourceText, StageContext } from '../../core/index.ts'

/**
 * Splits a source into its tree of structural units and the primary documents embedded in it
 * (chapters, sections, letters, telegrams, notes, appendix documents, glossary, index).
 */
export function splitStructure(_text: SourceText, _context: StageContext): Document[] {
  return []
}
