import type { Note, NoteMarker, SourceId } from '../../core/index.ts'
import { chooseConsecutiveChain } from './choose-note-chain.ts'
import { findGlyphMarkers } from './find-glyph-markers.ts'
import type { NoteCandidate } from './find-note-candidates.ts'
import type { NoteUnits } from './find-note-units.ts'
import { toNote } from './link-explicit-notes.ts'
import { numberGlyphMarkers } from './number-glyph-markers.ts'
import type { TextLine } from './text-lines.ts'

/** What {@link linkGlyphNotes} reads. */
export interface GlyphNotesInput {
  readonly text: string
  readonly sourceId: SourceId
  readonly lines: readonly TextLine[]
  readonly units: NoteUnits
  readonly candidates: readonly NoteCandidate[]
}

/**
 * Links the page-foot notes of an OCR'd text to the glyphs OCR made of their superscript markers. The notes are
 * the longest run of numbered paragraphs whose numbers go up by one, across the whole text (an article numbers
 * its notes through all its sections); `*` paragraphs are unnumbered notes. Numbers the run skips before its first note (notes whose text
 * is missing) still get their markers, so they can be reported.
 * @example linkGlyphNotes(input).notes.map((note) => note.label) // ['*', '9', '10']
 */
export function linkGlyphNotes(input: GlyphNotesInput): { notes: Note[]; markers: NoteMarker[] } {
  const numbered = input.candidates.filter((c) => c.form === 'numbered')
  const chosen = chooseConsecutiveChain(numbered.map((c) => ({ value: Number(c.label) }))).map(
    (i) => numbered[i] as NoteCandidate,
  )
  const notes = [...chosen, ...input.candidates.filter((c) => c.form === 'asterisk')].map((c) =>
    toNote(input, c, c.span, 'footnote'),
  )
  const glyphs = numberGlyphMarkers(
    findGlyphMarkers(
      input.lines,
      notes.map((note) => note.span),
    ),
    chosen.map((c) => ({
      value: Number(c.label),
      span: c.span,
      start: (input.lines[c.line] as TextLine).start,
    })),
    input.text,
  )
  const markers = glyphs.map((glyph): NoteMarker => {
    const note = notes.find((n) => n.label === glyph.label)
    const documentId = note?.documentId ?? input.units.documentAt(glyph.span.start)
    return {
      sourceId: input.sourceId,
      label: glyph.label,
      span: glyph.span,
      ...(note === undefined ? {} : { noteId: note.id }),
      ...(documentId === undefined ? {} : { documentId }),
      rule: 'notes:marker-ocr-glyph',
    }
  })
  return {
    notes: notes.sort((a, b) => a.span.start - b.span.start),
    markers: markers.sort((a, b) => a.span.start - b.span.start),
  }
}
