import type { Document, Note, NoteMarker, SourceText, StageContext } from '../../core/index.ts'
import { findExplicitMarkers } from './find-explicit-markers.ts'
import { findNoteCandidates } from './find-note-candidates.ts'
import { findNoteUnits } from './find-note-units.ts'
import { linkExplicitNotes } from './link-explicit-notes.ts'
import { linkGlyphNotes } from './link-glyph-notes.ts'
import { reportUnlinked } from './report-unlinked.ts'
import { splitLines } from './text-lines.ts'

/**
 * Finds footnote and endnote markers and their note texts, and links each marker to its note.
 *
 * Markers written in a convention (`<sup>3</sup>`, `^[3]`, `[^3]`, `word.[3]`) are linked to the note with the
 * same label in the same notes sequence; numbering restarts per letter, chapter or article (from `documents`,
 * or at Markdown headings when no such document is given, and wherever the marker numbers start again). A text
 * with no such markers is read as OCR: its page-foot notes are numbered paragraphs between body lines, and its
 * markers are the stray glyphs OCR made of the superscripts. A marker without a note and a note without a marker
 * are reported as warnings.
 * @example linkNotes(text, documents, context).markers[0]?.noteId
 */
export function linkNotes(
  text: SourceText,
  documents: readonly Document[],
  context: StageContext,
): { notes: Note[]; markers: NoteMarker[] } {
  const lines = splitLines(text.text)
  const units = findNoteUnits(lines, text.text.length, documents)
  const explicit = findExplicitMarkers(text.text)
  const input = { text: text.text, sourceId: text.sourceId, lines, units }
  const result =
    explicit.length > 0
      ? linkExplicitNotes({ ...input, markers: explicit, candidates: findNoteCandidates(lines, text.text) })
      : linkGlyphNotes({ ...input, candidates: findNoteCandidates(lines, text.text, { ocr: true }) })
  reportUnlinked(result, context)
  return result
}
