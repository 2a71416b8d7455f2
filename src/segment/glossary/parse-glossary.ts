import type { Document, GlossaryEntry, SourceText, StageContext } from '../../core/index.ts'

/** Parses every glossary of names (documents of type 'glossary') into structured entries. */
export function parseGlossary(_text: SourceText, _documents: readonly Document[], _context: StageContext): GlossaryEntry[] {
  return []
}
