import type { Document, Note, NoteMarker, SourceText, StageContext } from '../../core/index.ts'

/** Finds footnote and endnote markers and their note texts, and links each marker to its note. */
export function linkNotes(
  _text: SourceText,
  _documents: readonly Document[],
  _context: StageContext,
): { notes: Note[]; markers: NoteMarker[] } {
  return { notes: [], markers: [] }
}
