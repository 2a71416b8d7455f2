import type { Note, NoteMarker, StageContext } from '../../core/index.ts'

/**
 * Reports every marker that links to no note ('footnote-without-note') and every note that no marker links to
 * ('note-without-marker'), as warnings.
 * @example reportUnlinked({ notes, markers }, context)
 */
export function reportUnlinked(
  result: { readonly notes: readonly Note[]; readonly markers: readonly NoteMarker[] },
  context: StageContext,
): void {
  for (const marker of result.markers) {
    if (marker.noteId !== undefined) continue
    context.report({
      severity: 'warning',
      reason: `Cannot link note marker "${marker.label}": no note with that label in its notes sequence`,
      source: 'segment',
      ruleId: 'footnote-without-note',
      place: marker.span,
    })
  }
  const linked = new Set(result.markers.map((marker) => marker.noteId))
  for (const note of result.notes) {
    if (linked.has(note.id)) continue
    context.report({
      severity: 'warning',
      reason: `Cannot find a marker for note "${note.label}": no marker with that label in its notes sequence`,
      source: 'segment',
      ruleId: 'note-without-marker',
      place: { start: note.span.start, end: Math.min(note.span.end, note.span.start + 1) },
    })
  }
}
