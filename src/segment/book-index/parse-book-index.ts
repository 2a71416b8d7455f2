import type { Document, IndexEntry, SourceText, StageContext } from '../../core/index.ts'

/** Parses every back-of-book index (documents of type 'index') into entries with locators. */
export function parseBookIndex(_text: SourceText, _documents: readonly Document[], _context: StageContext): IndexEntry[] {
  return []
}
