import type { Document, SourceText, StageContext } from '../../core/index.ts'

/** Finds primary documents quoted inside articles and chapters (letters, declarations, memoranda). */
export function findQuotedDocuments(_text: SourceText, _documents: readonly Document[], _context: StageContext): Document[] {
  return []
}
