import type { DocumentRecord, SourceEdition } from '../core/index.ts'
import { findEditionForGold, ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

/** Documents whose notes the letters book numbers on their own: letters and chapter introductions. */
const SCORED_TYPES: ReadonlySet<string> = new Set(['letter', 'telegram', 'note', 'chapter'])

/**
 * Scores the notes of the letters book for consistency with the book itself (there is no gold file of its
 * notes): every `<sup>n</sup>` marker in letters and chapter introductions linked (`markers_linked`), every
 * note of those documents pointed at by a marker (`notes_with_marker`), and linked labels equal
 * (`labels_match`). The gold table (`letters-001.tsv`) only tells which edition is the letters book: the one
 * whose documents include letters.
 * @example scoreLetterNotes(readGoldTable('letters-001.tsv'), editions).metrics.markers_linked
 */
export const scoreLetterNotes: Scorer = (gold, editions) => {
  const edition =
    editions.find((e) => e.documents.some((doc) => doc.type === 'letter')) ??
    findEditionForGold(gold, editions)
  if (edition === undefined) {
    return { gold: gold.name, metrics: {}, counts: {}, misses: ['No edition of a letters book to score'] }
  }
  const inScope = createScopeTest(edition)
  const markers = edition.markers.filter(
    (m) => m.provenance.quote.exact.startsWith('<sup>') && inScope(m.documentId),
  )
  const notes = edition.notes.filter((n) => inScope(n.documentId))
  const notesById = new Map(edition.notes.map((note) => [note.id, note]))
  const pointedAt = new Set(edition.markers.map((m) => m.noteId))
  const misses: string[] = []
  let linked = 0
  let labelsMatch = 0
  for (const marker of markers) {
    const note = marker.noteId === undefined ? undefined : notesById.get(marker.noteId)
    if (note === undefined) {
      misses.push(`line ${marker.provenance.lineStart}: marker "${marker.label}" links to no note`)
      continue
    }
    linked++
    if (note.label === marker.label) labelsMatch++
    else
      misses.push(
        `line ${marker.provenance.lineStart}: marker "${marker.label}" links to note "${note.label}"`,
      )
  }
  const withMarker = notes.filter((note) => pointedAt.has(note.id))
  for (const note of notes) {
    if (!pointedAt.has(note.id))
      misses.push(`line ${note.provenance.lineStart}: note "${note.label}" has no marker`)
  }
  return {
    gold: gold.name,
    metrics: {
      markers_linked: ratio(linked, markers.length),
      notes_with_marker: ratio(withMarker.length, notes.length),
      labels_match: ratio(labelsMatch, linked),
    },
    counts: { markers: markers.length, linked, notes: notes.length, notesWithMarker: withMarker.length },
    misses,
  }
}

/**
 * Whether a document id lies in a letter or chapter (itself or through its parents). An edition without such
 * documents (structure not found) scores everything.
 */
function createScopeTest(edition: SourceEdition): (id: string | undefined) => boolean {
  const byId = new Map<string, DocumentRecord>(edition.documents.map((doc) => [doc.id, doc]))
  if (!edition.documents.some((doc) => SCORED_TYPES.has(doc.type))) return () => true
  return (id) => {
    for (
      let doc = id === undefined ? undefined : byId.get(id);
      doc !== undefined;
      doc = byId.get(doc.parentId ?? '')
    ) {
      if (SCORED_TYPES.has(doc.type)) return true
    }
    return false
  }
}
